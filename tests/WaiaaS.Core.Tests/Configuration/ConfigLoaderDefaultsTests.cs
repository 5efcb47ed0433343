using WaiaaS.Core.Configuration;
using static WaiaaS.Core.Tests.Configuration.ConfigTestHelpers;

namespace WaiaaS.Core.Tests.Configuration;

public sealed class ConfigLoaderDefaultsTests
{
    private static WaiaasConfig LoadMissingFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), "waiaas-missing-" + Guid.NewGuid().ToString("N"), "config.toml");
        var result = ConfigLoader.Load(missing, NoEnvironment);
        Assert.True(result.Succeeded, string.Join(" | ", result.Errors));
        Assert.Empty(result.Errors);
        return result.Config;
    }

    [Fact]
    public void Load_WhenFileMissingAndEnvironmentEmpty_ReturnsDaemonDefaults()
    {
        var daemon = LoadMissingFile().Daemon;

        Assert.Equal(3100, daemon.Port);
        Assert.Equal("127.0.0.1", daemon.Hostname);
        Assert.Equal("info", daemon.LogLevel);
        Assert.Equal(30, daemon.ShutdownTimeoutSeconds);
        Assert.True(daemon.AdminUi);
        Assert.Equal(900, daemon.AdminTimeoutSeconds);
        Assert.True(daemon.UpdateCheck);
        Assert.Equal(86400, daemon.UpdateCheckIntervalSeconds);
        Assert.Equal("https://api.nuget.org/v3-flatcontainer/", daemon.UpdateFeed);
    }

    [Fact]
    public void Load_WhenFileMissingAndEnvironmentEmpty_ReturnsSecurityDefaults()
    {
        var security = LoadMissingFile().Security;

        Assert.Equal(86400, security.SessionTtlSeconds);
        Assert.Equal(30, security.SessionMaxRenewals);
        Assert.Equal(2_592_000, security.SessionAbsoluteLifetimeSeconds);
        Assert.Equal(5, security.MaxSessionsPerWallet);
        Assert.Equal(new SessionConstraintSettings(), security.DefaultConstraints);
        Assert.Equal(600, security.RateLimitSessionRpm);
        Assert.Equal(60, security.RateLimitTxRpm);
        Assert.Empty(security.CorsOrigins);
        Assert.Equal(300, security.DelaySeconds);
        Assert.Equal(3600, security.ApprovalTimeoutSeconds);
        Assert.Equal("NOTIFY", security.UnknownPriceTier);
        Assert.Equal("UTC", security.TimeZone);
        Assert.Equal(5, security.MasterAuthLockoutFailures);
        Assert.Equal(300, security.MasterAuthLockoutWindowSeconds);
        Assert.Equal(30, security.MasterAuthLockoutBackoffSeconds);
    }

    [Fact]
    public void Load_WhenFileMissingAndEnvironmentEmpty_ReturnsStorageAndOutboundDefaults()
    {
        var config = LoadMissingFile();

        Assert.Equal(65536, config.Keystore.Argon2MemoryKib);
        Assert.Equal(3, config.Keystore.Argon2Iterations);
        Assert.Equal("data/waiaas.db", config.Database.Path);
        Assert.Equal(5000, config.Database.BusyTimeoutMs);
        Assert.Equal(300, config.Database.WalCheckpointIntervalSeconds);
        Assert.Equal(5, config.Backup.Retention);

        Assert.True(config.Oracle.Enabled);
        Assert.Equal(["pyth", "coingecko"], config.Oracle.Sources.ToArray());
        Assert.Equal("https://hermes.pyth.network", config.Oracle.PythUrl);
        Assert.Equal(60, config.Oracle.CacheTtlSeconds);
        Assert.Empty(config.Oracle.StaticPrices);

        Assert.False(config.Notifications.Enabled);
        Assert.Equal(["telegram", "discord", "slack", "ntfy"], config.Notifications.ChannelOrder.ToArray());
        Assert.Equal("https://ntfy.sh", config.Notifications.NtfyUrl);
        Assert.Equal("en", config.Notifications.Locale);
        Assert.Equal(20, config.Notifications.RateLimitRpm);

        Assert.False(config.Telegram.Enabled);
        Assert.Equal("", config.Telegram.BotToken);
        Assert.Equal("https://api.telegram.org", config.Telegram.ApiBaseUrl);
    }

    [Fact]
    public void Load_WhenFileMissing_LeavesEveryRpcUrlUnconfigured()
    {
        var rpc = LoadMissingFile().Rpc;

        Assert.Empty(rpc.Urls);
        Assert.Empty(rpc.Custom);
        Assert.Null(rpc.UrlFor("solana_devnet"));
        Assert.Null(rpc.UrlFor("evm_ethereum_mainnet"));
    }

    [Fact]
    public void Load_WhenFileIsEmpty_EqualsDefaults()
    {
        var config = LoadOk("");

        Assert.Equal(new WaiaasConfig().Daemon, config.Daemon);
        Assert.Equal(new WaiaasConfig().Security, config.Security);
        Assert.All(ConfigSchema.AllKeys, key =>
            Assert.Equal(Core.Toml.TomlWriter.FormatValue(key.DefaultValue), Core.Toml.TomlWriter.FormatValue(key.ValueIn(config))));
    }

    [Fact]
    public void Load_WhenFileExistsOnDisk_ReadsIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "waiaas-cfg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "config.toml");
            File.WriteAllText(path, "[daemon]\nport = 4100\n");

            var result = ConfigLoader.Load(path, NoEnvironment);

            Assert.True(result.Succeeded, string.Join(" | ", result.Errors));
            Assert.Equal(4100, result.Config.Daemon.Port);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
