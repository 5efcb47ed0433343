namespace WaiaaS.Core.Configuration;

/// <summary>Checks that span several keys, run after every key is valid on its own.</summary>
internal static class ConfigConsistencyRules
{
    public static void Check(WaiaasConfig config, string source, List<ConfigError> errors)
    {
        void Fail(string key, string message) => errors.Add(new ConfigError(key, source, null, null, message));

        if (config.Telegram.Enabled && config.Telegram.BotToken.Length == 0)
        {
            Fail("telegram.bot_token", "is required when telegram.enabled = true");
        }

        var notifications = config.Notifications;
        if (notifications.TelegramChatId.Length > 0 && config.Telegram.BotToken.Length == 0)
        {
            Fail("notifications.telegram_chat_id", "needs telegram.bot_token to send through");
        }

        if (notifications.Enabled && !notifications.ChannelOrder.Any(channel => IsConfigured(channel, config)))
        {
            Fail("notifications.enabled", "is true but no channel in channel_order is configured (set telegram_chat_id, discord_webhook_url, slack_webhook_url or ntfy_topic)");
        }

        if (config.Oracle.Sources.Contains("static") && config.Oracle.StaticPrices.IsEmpty)
        {
            Fail("oracle.static_prices", "is empty but \"static\" is listed in oracle.sources");
        }
    }

    private static bool IsConfigured(string channel, WaiaasConfig config) => channel switch
    {
        "telegram" => config.Notifications.TelegramChatId.Length > 0 && config.Telegram.BotToken.Length > 0,
        "discord" => config.Notifications.DiscordWebhookUrl.Length > 0,
        "slack" => config.Notifications.SlackWebhookUrl.Length > 0,
        "ntfy" => config.Notifications.NtfyTopic.Length > 0,
        _ => false,
    };
}
