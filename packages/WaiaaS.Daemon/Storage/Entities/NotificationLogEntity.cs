namespace WaiaaS.Daemon.Storage;

/// <summary>A row of <c>notification_logs</c>: one delivery attempt.</summary>
public sealed class NotificationLogEntity
{
    /// <summary>UUIDv7 string.</summary>
    public required string Id { get; set; }

    /// <summary>The channel, or null once the channel was removed.</summary>
    public string? ChannelId { get; set; }

    /// <summary>Notification event type.</summary>
    public required string EventType { get; set; }

    /// <summary>The wallet concerned, if any.</summary>
    public string? WalletId { get; set; }

    /// <summary>Delivery status (<c>sent</c>, <c>failed</c>, <c>rate_limited</c>).</summary>
    public required string Status { get; set; }

    /// <summary>Error text when not sent.</summary>
    public string? Error { get; set; }

    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }

    /// <summary>The session the notification is about, if any.</summary>
    public string? SessionId { get; set; }

    /// <summary>The rendered notification text (never a secret).</summary>
    public string? Message { get; set; }
}
