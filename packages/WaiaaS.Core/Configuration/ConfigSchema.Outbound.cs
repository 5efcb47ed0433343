using System.Collections.Immutable;
using WaiaaS.Core.Configuration.ValueTypes;

namespace WaiaaS.Core.Configuration;

// Sections whose keys make the daemon talk to services off the machine: prices, notifications, Telegram.
public static partial class ConfigSchema
{
    private static ConfigSection OracleSection()
    {
        const string s = "oracle";
        return new(s, "USD prices for spending limits. These keys are written out so you can see which outside hosts are "
            + "contacted for prices: only pyth_url and coingecko_url, only for the sources listed in sources, and only while "
            + "enabled = true. enabled = false: no price request is ever made and every USD value is unknown, which gives a "
            + "transaction at least NOTIFY (see security.unknown_price_tier).",
        [
            Bool(s, "enabled", "Ask the price sources. false = no outbound price request at all.",
                c => c.Oracle.Enabled, (c, v) => c with { Oracle = c.Oracle with { Enabled = v } }),
            StrList(s, "sources", "Price sources in the order they are asked; the first with a fresh price answers: \"pyth\", \"coingecko\", \"static\".",
                c => c.Oracle.Sources, (c, v) => c with { Oracle = c.Oracle with { Sources = v } },
                ConfigValidators.OneOf("pyth", "coingecko", "static")),
            Str(s, "pyth_url", "Base URL of the Pyth Hermes price service (contacted when \"pyth\" is in sources).",
                c => c.Oracle.PythUrl, (c, v) => c with { Oracle = c.Oracle with { PythUrl = v } }, ConfigValidators.HttpUrl),
            Str(s, "pyth_api_key", "Pyth API key, sent as \"Authorization: Bearer\" (hermes.pyth.network requires one; empty = none).",
                c => c.Oracle.PythApiKey, (c, v) => c with { Oracle = c.Oracle with { PythApiKey = v } }, _ => null, secret: true),
            new ConfigKey<ImmutableDictionary<string, string>>(s, "pyth_feed_ids",
                "Pyth price feed id (USD quote) per asset symbol. Replaces the built-in table; a symbol not listed is not asked from Pyth.",
                SymbolMapValueType.Instance,
                c => c.Oracle.PythFeedIds, (c, v) => c with { Oracle = c.Oracle with { PythFeedIds = v } }, OracleValidators.PythFeedIds),
            Str(s, "coingecko_url", "Base URL of the CoinGecko API (contacted when \"coingecko\" is in sources).",
                c => c.Oracle.CoingeckoUrl, (c, v) => c with { Oracle = c.Oracle with { CoingeckoUrl = v } }, ConfigValidators.HttpUrl),
            Str(s, "coingecko_api_key", "CoinGecko API key (optional): sent as x-cg-pro-api-key when coingecko_url is on pro-api.coingecko.com, else as x-cg-demo-api-key.",
                c => c.Oracle.CoingeckoApiKey, (c, v) => c with { Oracle = c.Oracle with { CoingeckoApiKey = v } }, _ => null, secret: true),
            new ConfigKey<ImmutableDictionary<string, string>>(s, "coingecko_ids",
                "CoinGecko coin id per asset symbol. Replaces the built-in table; a symbol not listed is not asked from CoinGecko.",
                SymbolMapValueType.Instance,
                c => c.Oracle.CoingeckoIds, (c, v) => c with { Oracle = c.Oracle with { CoingeckoIds = v } }, OracleValidators.CoingeckoIds),
            new ConfigKey<ImmutableDictionary<string, double>>(s, "static_prices", "Fixed USD prices for the \"static\" source, e.g. { USDC = 1.0 }.",
                PriceMapValueType.Instance,
                c => c.Oracle.StaticPrices, (c, v) => c with { Oracle = c.Oracle with { StaticPrices = v } }, OracleValidators.StaticPrices),
            Int(s, "cache_ttl", 1, Day, "Seconds a fetched price is reused before the sources are asked again.",
                c => c.Oracle.CacheTtlSeconds, (c, v) => c with { Oracle = c.Oracle with { CacheTtlSeconds = (int)v } }),
            Int(s, "max_price_age", 1, Day, "Seconds after which a price (by its Pyth publish time or CoinGecko update time) is stale and not used.",
                c => c.Oracle.MaxPriceAgeSeconds, (c, v) => c with { Oracle = c.Oracle with { MaxPriceAgeSeconds = (int)v } }),
            Int(s, "request_timeout_ms", 100, 60_000, "Milliseconds one price request may take; a slower source counts as having no price.",
                c => c.Oracle.RequestTimeoutMs, (c, v) => c with { Oracle = c.Oracle with { RequestTimeoutMs = (int)v } }),
        ], WrittenOut: true);
    }

    private static ConfigSection NotificationsSection()
    {
        const string s = "notifications";
        return new(s, "Owner notifications. A channel is used when its settings are filled in; channel_order sets priority and fallback.",
        [
            Bool(s, "enabled", "Send notifications.",
                c => c.Notifications.Enabled, (c, v) => c with { Notifications = c.Notifications with { Enabled = v } }),
            StrList(s, "channel_order", "Channels in priority order: \"telegram\", \"discord\", \"slack\", \"ntfy\".",
                c => c.Notifications.ChannelOrder, (c, v) => c with { Notifications = c.Notifications with { ChannelOrder = v } },
                ConfigValidators.OneOf("telegram", "discord", "slack", "ntfy")),
            Str(s, "telegram_chat_id", "Telegram chat that receives notifications (sent with telegram.bot_token).",
                c => c.Notifications.TelegramChatId, (c, v) => c with { Notifications = c.Notifications with { TelegramChatId = v } }, _ => null),
            Str(s, "discord_webhook_url", "Discord webhook URL.",
                c => c.Notifications.DiscordWebhookUrl, (c, v) => c with { Notifications = c.Notifications with { DiscordWebhookUrl = v } },
                ConfigValidators.HttpUrlOrEmpty, secret: true),
            Str(s, "slack_webhook_url", "Slack incoming-webhook URL.",
                c => c.Notifications.SlackWebhookUrl, (c, v) => c with { Notifications = c.Notifications with { SlackWebhookUrl = v } },
                ConfigValidators.HttpUrlOrEmpty, secret: true),
            Str(s, "ntfy_url", "ntfy server base URL.",
                c => c.Notifications.NtfyUrl, (c, v) => c with { Notifications = c.Notifications with { NtfyUrl = v } }, ConfigValidators.HttpUrl),
            Str(s, "ntfy_topic", "ntfy topic (anyone who knows it can read the messages: pick a long random one).",
                c => c.Notifications.NtfyTopic, (c, v) => c with { Notifications = c.Notifications with { NtfyTopic = v } }, _ => null, secret: true),
            Str(s, "locale", "Language of the messages: \"en\" or \"ko\".",
                c => c.Notifications.Locale, (c, v) => c with { Notifications = c.Notifications with { Locale = v } }, ConfigValidators.OneOf("en", "ko")),
            Int(s, "rate_limit_rpm", 1, 10_000, "Messages per minute per channel.",
                c => c.Notifications.RateLimitRpm, (c, v) => c with { Notifications = c.Notifications with { RateLimitRpm = (int)v } }),
        ]);
    }

    private static ConfigSection TelegramSection()
    {
        const string s = "telegram";
        return new(s, "The owner's Telegram bot (long polling): approve, reject, kill switch, new sessions.",
        [
            Bool(s, "enabled", "Run the bot.",
                c => c.Telegram.Enabled, (c, v) => c with { Telegram = c.Telegram with { Enabled = v } }),
            Str(s, "bot_token", "Bot token from @BotFather.",
                c => c.Telegram.BotToken, (c, v) => c with { Telegram = c.Telegram with { BotToken = v } }, ConfigValidators.TelegramBotToken, secret: true),
            new ConfigKey<ImmutableArray<long>>(s, "allowed_chat_ids", "Chats allowed to command the bot.", SharedValueTypes.Integers,
                c => c.Telegram.AllowedChatIds, (c, v) => c with { Telegram = c.Telegram with { AllowedChatIds = v } }),
            Str(s, "api_base_url", "Base URL of the Telegram Bot API.",
                c => c.Telegram.ApiBaseUrl, (c, v) => c with { Telegram = c.Telegram with { ApiBaseUrl = v } }, ConfigValidators.HttpUrl),
        ]);
    }
}
