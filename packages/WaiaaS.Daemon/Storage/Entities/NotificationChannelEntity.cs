namespace WaiaaS.Daemon.Storage;

/// <summary>A row of <c>notification_channels</c>.</summary>
public sealed class NotificationChannelEntity
{
    /// <summary>UUIDv7 string.</summary>
    public required string Id { get; set; }

    /// <summary>Channel type (<c>telegram</c>, <c>ntfy</c>, <c>discord</c>, <c>slack</c>, <c>webhook</c>).</summary>
    public required string Type { get; set; }

    /// <summary>Display name.</summary>
    public required string Name { get; set; }

    /// <summary>Channel settings (JSON object text).</summary>
    public required string Config { get; set; }

    /// <summary>Whether notifications are sent to it.</summary>
    public bool Enabled { get; set; }

    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }

    /// <summary>Unix seconds.</summary>
    public long UpdatedAt { get; set; }
}
