namespace WaiaaS.Daemon.Audit;

public static partial class AuditEvents
{
    /// <summary>An unknown Telegram chat wrote to the bot and waits for the operator (details: chatId).</summary>
    public const string TelegramChatPending = "telegram.chat_pending";

    /// <summary>The operator approved a Telegram chat (details: chatId, previous).</summary>
    public const string TelegramChatApproved = "telegram.chat_approved";

    /// <summary>The operator denied a Telegram chat (details: chatId, previous).</summary>
    public const string TelegramChatDenied = "telegram.chat_denied";
}
