namespace WaiaaS.Daemon.Telegram;

/// <summary>One message the bot sends back: text and an optional inline keyboard.</summary>
internal sealed record TelegramReply(string Text, IReadOnlyList<IReadOnlyList<TelegramButton>>? Keyboard = null);
