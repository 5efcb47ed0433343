namespace WaiaaS.Daemon.Telegram;

/// <summary>
/// The parts of a Bot API <c>Update</c> the bot reads: a text <c>message</c> or a <c>callback_query</c> (the press
/// of an inline button, with its <c>callback_data</c>).
/// </summary>
internal sealed record TelegramUpdate(long UpdateId, long ChatId, string? Text, string? CallbackQueryId, string? CallbackData);
