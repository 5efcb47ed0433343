namespace WaiaaS.Daemon.Telegram;

/// <summary>A chat known to the bot, as <c>GET /v1/admin/telegram/chats</c> lists it.</summary>
/// <param name="ChatId">Telegram chat id.</param>
/// <param name="State">PENDING, APPROVED, DENIED or CONFIGURED.</param>
/// <param name="UpdatedAt">Unix seconds of the last change (0 for configured chats).</param>
public sealed record TelegramChat(long ChatId, string State, long UpdatedAt);
