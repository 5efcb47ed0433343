using System.Collections.Immutable;

namespace WaiaaS.Core.Configuration;

/// <summary><c>[notifications]</c>: owner notification channels.</summary>
public sealed record NotificationSettings
{
    /// <summary>Whether notifications are sent.</summary>
    public bool Enabled { get; init; }

    /// <summary>Channels in priority order; later ones are fallbacks.</summary>
    public ImmutableArray<string> ChannelOrder { get; init; } = ["telegram", "discord", "slack", "ntfy"];

    /// <summary>Telegram chat that receives notifications (sent with the <c>[telegram]</c> bot token).</summary>
    public string TelegramChatId { get; init; } = "";

    /// <summary>Discord webhook URL (secret).</summary>
    public string DiscordWebhookUrl { get; init; } = "";

    /// <summary>Slack incoming-webhook URL (secret).</summary>
    public string SlackWebhookUrl { get; init; } = "";

    /// <summary>ntfy server base URL.</summary>
    public string NtfyUrl { get; init; } = "https://ntfy.sh";

    /// <summary>ntfy topic (secret: anyone who knows it can read the messages).</summary>
    public string NtfyTopic { get; init; } = "";

    /// <summary>Language of the messages: en or ko.</summary>
    public string Locale { get; init; } = "en";

    /// <summary>Messages per minute per channel.</summary>
    public int RateLimitRpm { get; init; } = 20;
}
