namespace WaiaaS.Daemon.Storage;

/// <summary>A row of <c>telegram_users</c>: a Telegram chat that asked to use the bot.</summary>
public sealed class TelegramUserEntity
{
    /// <summary>Telegram chat id (primary key).</summary>
    public long ChatId { get; set; }

    /// <summary>Telegram user name, if any.</summary>
    public string? Username { get; set; }

    /// <summary>Role (<c>PENDING</c>, <c>ADMIN</c>, <c>READONLY</c>).</summary>
    public required string Role { get; set; }

    /// <summary>Unix seconds.</summary>
    public long? ApprovedAt { get; set; }

    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }
}
