namespace WaiaaS.Daemon.Telegram;

/// <summary>An <c>InlineKeyboardButton</c> with <c>callback_data</c> (1–64 bytes).</summary>
internal sealed record TelegramButton(string Text, string Data);
