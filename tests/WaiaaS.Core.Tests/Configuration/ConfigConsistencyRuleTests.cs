using static WaiaaS.Core.Tests.Configuration.ConfigTestHelpers;

namespace WaiaaS.Core.Tests.Configuration;

public sealed class ConfigConsistencyRuleTests
{
    private const string Token = "123456789:AAEhBP0av28bRX_abcdefghijklmnopqrs";

    [Fact]
    public void Load_WhenTelegramEnabledWithoutToken_ReportsBotToken()
    {
        var error = SingleError("[telegram]\nenabled = true\n");

        Assert.Equal("telegram.bot_token", error.Key);
        Assert.Equal(SourceName, error.Source);
        Assert.Equal("is required when telegram.enabled = true", error.Message);
    }

    [Fact]
    public void Load_WhenTelegramEnabledByEnvironmentWithoutToken_ReportsBotToken()
    {
        var error = SingleEnvError(("WAIAAS_TELEGRAM_ENABLED", "1"));

        Assert.Equal("telegram.bot_token", error.Key);
        Assert.Equal("is required when telegram.enabled = true", error.Message);
    }

    [Fact]
    public void Load_WhenNotificationsEnabledWithoutAnyChannel_ReportsEnabled()
    {
        var error = SingleError("[notifications]\nenabled = true\n");

        Assert.Equal("notifications.enabled", error.Key);
        Assert.Equal("is true but no channel in channel_order is configured (set telegram_chat_id, discord_webhook_url, slack_webhook_url or ntfy_topic)", error.Message);
    }

    [Fact]
    public void Load_WhenConfiguredChannelIsNotInChannelOrder_ReportsEnabled()
    {
        var error = SingleError("[notifications]\nenabled = true\nchannel_order = [\"slack\"]\nntfy_topic = \"a-long-random-topic\"\n");

        Assert.Equal("notifications.enabled", error.Key);
    }

    [Fact]
    public void Load_WhenNotificationsEnabledWithOneChannel_Succeeds()
    {
        var config = LoadOk("[notifications]\nenabled = true\nntfy_topic = \"a-long-random-topic\"\n");

        Assert.True(config.Notifications.Enabled);
        Assert.Equal("a-long-random-topic", config.Notifications.NtfyTopic);
    }

    [Fact]
    public void Load_WhenTelegramChatIdWithoutToken_ReportsChatId()
    {
        var error = SingleError("[notifications]\ntelegram_chat_id = \"42\"\n");

        Assert.Equal("notifications.telegram_chat_id", error.Key);
        Assert.Equal("needs telegram.bot_token to send through", error.Message);
    }

    [Fact]
    public void Load_WhenNotificationsUseTelegramWithToken_Succeeds()
    {
        var config = LoadOk($"[notifications]\nenabled = true\ntelegram_chat_id = \"42\"\n[telegram]\nbot_token = \"{Token}\"\n");

        Assert.Equal("42", config.Notifications.TelegramChatId);
    }

    [Fact]
    public void Load_WhenStaticSourceWithoutPrices_ReportsStaticPrices()
    {
        var error = SingleError("[oracle]\nsources = [\"pyth\", \"static\"]\n");

        Assert.Equal("oracle.static_prices", error.Key);
        Assert.Equal("is empty but \"static\" is listed in oracle.sources", error.Message);
    }

    [Fact]
    public void Load_WhenStaticSourceHasPrices_BindsThem()
    {
        var config = LoadOk("[oracle]\nsources = [\"static\"]\nstatic_prices = { USDC = 1.0, SOL = 150 }\n");

        Assert.Equal(1.0, config.Oracle.StaticPrices["USDC"]);
        Assert.Equal(150.0, config.Oracle.StaticPrices["SOL"]);
    }

    [Fact]
    public void Load_WhenSeveralRulesFail_ReportsEach()
    {
        var result = Load("[telegram]\nenabled = true\n[notifications]\nenabled = true\n[oracle]\nsources = [\"static\"]\n");

        Assert.Equal(new string?[] { "telegram.bot_token", "notifications.enabled", "oracle.static_prices" }, result.Errors.Select(e => e.Key));
    }
}
