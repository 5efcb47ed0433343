using WaiaaS.Core.Configuration;
using static WaiaaS.Core.Tests.Configuration.ConfigTestHelpers;

namespace WaiaaS.Core.Tests.Configuration;

public sealed class SecretRedactionTests
{
    [Theory]
    [InlineData("discord_webhook_url")]
    [InlineData("slack_webhook_url")]
    public void Load_WhenSecretUrlIsInvalidInFile_ErrorDoesNotContainIt(string key)
    {
        var error = SingleError($"[notifications]\n{key} = \"ftp://hooks.example/SECRET123\"\n");

        Assert.Equal("notifications." + key, error.Key);
        Assert.Equal(2, error.Line);
        Assert.Equal("must be an absolute http:// or https:// URL without credentials, got \"<redacted>\"", error.Message);
        Assert.DoesNotContain("SECRET123", error.ToString());
    }

    [Fact]
    public void Load_WhenSecretUrlIsInvalidInEnvironment_ErrorDoesNotContainIt()
    {
        var error = SingleEnvError(("WAIAAS_NOTIFICATIONS_DISCORD_WEBHOOK_URL", "ftp://hooks.example/SECRET123"));

        Assert.Equal("notifications.discord_webhook_url", error.Key);
        Assert.DoesNotContain("SECRET123", error.ToString());
    }

    [Fact]
    public void Load_WhenBotTokenIsMalformed_ErrorDoesNotContainIt()
    {
        var error = SingleError("[telegram]\nbot_token = \"SECRET123\"\n");

        Assert.DoesNotContain("SECRET123", error.ToString());
    }

    [Fact]
    public void Schema_MarksTokensWebhooksTopicAndApiKeyAsSecret()
    {
        var secrets = ConfigSchema.AllKeys.Where(k => k.IsSecret).Select(k => k.FullName).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(
            ["notifications.discord_webhook_url", "notifications.ntfy_topic", "notifications.slack_webhook_url", "oracle.coingecko_api_key", "oracle.pyth_api_key", "telegram.bot_token"],
            secrets);
    }

    [Fact]
    public void Load_WhenUrlWithPasswordIsRefused_ErrorDoesNotContainPassword()
    {
        var error = SingleError("[rpc]\nevm_ethereum_mainnet = \"https://user:SECRET123@rpc.example/v2\"\n");

        Assert.Equal("rpc.evm_ethereum_mainnet", error.Key);
        Assert.StartsWith("must be an absolute http:// or https:// URL without credentials", error.Message);
        Assert.DoesNotContain("SECRET123", error.ToString());
    }

    [Fact]
    public void Load_WhenCustomNetworkUrlHasPassword_ErrorDoesNotContainPassword()
    {
        var error = SingleError("[rpc.custom.anvil]\nchain = \"ethereum\"\nchain_id = 31337\nurl = \"http://admin:SECRET123@127.0.0.1:8545\"\n");

        Assert.Equal("rpc.custom.anvil", error.Key);
        Assert.DoesNotContain("SECRET123", error.ToString());
    }
}
