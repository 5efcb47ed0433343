namespace WaiaaS.Daemon.Telegram;

/// <summary>Whether a chat may command the bot: configured, approved by the operator, waiting, or denied.</summary>
internal enum TelegramChatState
{
    /// <summary>Wrote to the bot; waits for the operator (no command output).</summary>
    Pending,

    /// <summary>Approved by the operator.</summary>
    Approved,

    /// <summary>Denied by the operator (ignored, silently).</summary>
    Denied,

    /// <summary>Listed in <c>[telegram] allowed_chat_ids</c>.</summary>
    Configured,
}
