using System.Collections.Immutable;

namespace WaiaaS.Core.Configuration;

/// <summary><c>[telegram]</c>: the owner's Telegram bot.</summary>
public sealed record TelegramSettings
{
    /// <summary>Whether the bot polls for commands.</summary>
    public bool Enabled { get; init; }

    /// <summary>Bot API token from @BotFather (secret).</summary>
    public string BotToken { get; init; } = "";

    /// <summary>Chats allowed to command the bot.</summary>
    public ImmutableArray<long> AllowedChatIds { get; init; } = [];

    /// <summary>Base URL of the Telegram Bot API.</summary>
    public string ApiBaseUrl { get; init; } = "https://api.telegram.org";
}
