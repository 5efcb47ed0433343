using System.Text.Json.Nodes;

namespace WaiaaS.Daemon.Tests.Telegram;

/// <summary>A recorded <c>sendMessage</c>: chat_id, text and reply_markup (an InlineKeyboardMarkup or null).</summary>
public sealed record SentMessage(long ChatId, string Text, JsonNode? ReplyMarkup)
{
    /// <summary>The <c>callback_data</c> of every inline button.</summary>
    public IReadOnlyList<string> CallbackData =>
        ReplyMarkup?["inline_keyboard"] is JsonArray rows
            ? [.. rows.SelectMany(r => r!.AsArray()).Select(b => b!["callback_data"]!.GetValue<string>())]
            : [];
}
