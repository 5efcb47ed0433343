using static WaiaaS.Core.Tests.Configuration.ConfigTestHelpers;

namespace WaiaaS.Core.Tests.Configuration;

public sealed class ConfigLoaderPrecedenceTests
{
    [Fact]
    public void Load_WhenFileSetsKeys_FileOverridesDefaults()
    {
        var config = LoadOk("""
            [daemon]
            port = 4000
            hostname = "::1"
            log_level = "debug"
            admin_ui = false

            [security]
            session_ttl = 0
            cors_origins = ["http://localhost:5173", "https://app.example"]

            [rpc]
            solana_devnet = "https://devnet.example/rpc"
            """);

        Assert.Equal(4000, config.Daemon.Port);
        Assert.Equal("::1", config.Daemon.Hostname);
        Assert.Equal("debug", config.Daemon.LogLevel);
        Assert.False(config.Daemon.AdminUi);
        Assert.Equal(30, config.Daemon.ShutdownTimeoutSeconds);
        Assert.Equal(0, config.Security.SessionTtlSeconds);
        Assert.Equal(["http://localhost:5173", "https://app.example"], config.Security.CorsOrigins.ToArray());
        Assert.Equal("https://devnet.example/rpc", config.Rpc.UrlFor("solana_devnet"));
        Assert.Null(config.Rpc.UrlFor("solana_mainnet"));
    }

    [Fact]
    public void Load_WhenSameKeyInFileAndEnvironment_EnvironmentWins()
    {
        var config = LoadOk("[daemon]\nport = 4000\nlog_level = \"warn\"\n", ("WAIAAS_DAEMON_PORT", "5000"));

        Assert.Equal(5000, config.Daemon.Port);
        Assert.Equal("warn", config.Daemon.LogLevel);
    }

    [Fact]
    public void Load_WhenEnvironmentSetsInteger_CoercesIt()
    {
        var config = LoadOk("", ("WAIAAS_DAEMON_PORT", " 3101 "), ("WAIAAS_SECURITY_SESSION_TTL", "7200"), ("WAIAAS_KEYSTORE_ARGON2_MEMORY_KIB", "131072"));

        Assert.Equal(3101, config.Daemon.Port);
        Assert.Equal(7200, config.Security.SessionTtlSeconds);
        Assert.Equal(131072, config.Keystore.Argon2MemoryKib);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    public void Load_WhenEnvironmentSetsBoolean_AcceptsTrueFalseOneZero(string raw, bool expected)
    {
        var initial = expected ? "false" : "true";
        var config = LoadOk($"[daemon]\nadmin_ui = {initial}\n", ("WAIAAS_DAEMON_ADMIN_UI", raw));

        Assert.Equal(expected, config.Daemon.AdminUi);
    }

    [Fact]
    public void Load_WhenEnvironmentSetsString_UsesRawText()
    {
        var config = LoadOk("", ("WAIAAS_DAEMON_LOG_LEVEL", "error"), ("WAIAAS_RPC_EVM_BASE_SEPOLIA", "https://sepolia.base.org"));

        Assert.Equal("error", config.Daemon.LogLevel);
        Assert.Equal("https://sepolia.base.org", config.Rpc.UrlFor("evm_base_sepolia"));
    }

    [Fact]
    public void Load_WhenEnvironmentSetsJsonArray_BindsList()
    {
        var config = LoadOk("", ("WAIAAS_SECURITY_CORS_ORIGINS", "[\"http://localhost:5173\"]"), ("WAIAAS_TELEGRAM_ALLOWED_CHAT_IDS", "[123, -456]"));

        Assert.Equal(["http://localhost:5173"], config.Security.CorsOrigins.ToArray());
        Assert.Equal([123L, -456L], config.Telegram.AllowedChatIds.ToArray());
    }

    [Fact]
    public void Load_WhenEnvironmentSetsJsonObject_BindsConstraints()
    {
        var config = LoadOk("", ("WAIAAS_SECURITY_DEFAULT_CONSTRAINTS",
            """{"allowed_networks":["solana-devnet"],"allowed_types":["TRANSFER","APPROVE"],"max_amount_per_tx":{"native":"1000000000"}}"""));

        var constraints = config.Security.DefaultConstraints;
        Assert.Equal(["solana-devnet"], constraints.AllowedNetworks.ToArray());
        Assert.Equal(["TRANSFER", "APPROVE"], constraints.AllowedTypes.ToArray());
        Assert.Equal("1000000000", Assert.Single(constraints.MaxAmountPerTx, kv => kv.Key == "native").Value);
        Assert.Empty(constraints.AllowedRecipients);
    }

    [Fact]
    public void Load_WhenEnvironmentSetsJsonPriceMap_BindsPrices()
    {
        var config = LoadOk("", ("WAIAAS_ORACLE_SOURCES", "[\"static\"]"), ("WAIAAS_ORACLE_STATIC_PRICES", "{\"USDC\": 1, \"SOL\": 150.5}"));

        Assert.Equal(["static"], config.Oracle.Sources.ToArray());
        Assert.Equal(1.0, config.Oracle.StaticPrices["USDC"]);
        Assert.Equal(150.5, config.Oracle.StaticPrices["SOL"]);
    }

    [Fact]
    public void Load_WhenEnvironmentHasNonConfigWaiaasVariables_IgnoresThem()
    {
        var config = LoadOk("", ("WAIAAS_DATA_DIR", "/srv/waiaas"), ("WAIAAS_MASTER_PASSWORD", "hunter2"), ("WAIAAS_DEBUG", "1"), ("PATH", "/usr/bin"));

        Assert.Equal(3100, config.Daemon.Port);
    }

    [Fact]
    public void Load_WhenEnvironmentVariableNameIsLowercase_DoesNotBindIt()
    {
        var config = LoadOk("", ("waiaas_daemon_port", "4000"));

        Assert.Equal(3100, config.Daemon.Port);
    }
}
