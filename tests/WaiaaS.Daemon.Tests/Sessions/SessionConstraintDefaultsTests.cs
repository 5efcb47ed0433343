using System.Collections.Immutable;
using System.Text.Json;
using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Storage;

namespace WaiaaS.Daemon.Tests.Sessions;

public class SessionConstraintDefaultsTests
{
    private static readonly SessionConstraintSettings Configured = new() { MaxAmountPerTx = ImmutableDictionary<string, string>.Empty.Add("native", "777") };

    [Fact]
    public async Task Constraints_Request_BeatsWallet_BeatsConfig()
    {
        await using var host = await DaemonTestHost.StartAsync(DaemonTestHost.TestConfig(s => s with { DefaultConstraints = Configured }));
        var withDefaults = await host.WalletIdAsync("with-defaults");
        var plain = await host.WalletIdAsync("plain");
        SetWalletDefaults(host, withDefaults, """{"allowedNetworks":["solana-devnet"]}""");

        var (_, _, fromRequest) = await host.NewSessionAsync(new { walletId = withDefaults, constraints = new { allowedTypes = new[] { "TRANSFER" } } });
        var (_, _, fromWallet) = await host.NewSessionAsync(new { walletId = withDefaults });
        var (_, _, fromConfig) = await host.NewSessionAsync(new { walletId = plain });

        Assert.Equal(["TRANSFER"], Strings(fromRequest, "allowedTypes"));
        Assert.Empty(Strings(fromRequest, "allowedNetworks"));
        Assert.Equal(["solana-devnet"], Strings(fromWallet, "allowedNetworks"));
        Assert.Empty(fromWallet.GetProperty("constraints").GetProperty("maxAmountPerTx").EnumerateObject());
        Assert.Equal("777", fromConfig.GetProperty("constraints").GetProperty("maxAmountPerTx").GetProperty("native").GetString());
        var sources = Sql.Rows(host.DatabaseFile(), "SELECT json_extract(details, '$.constraintsFrom') FROM audit_log WHERE event_type = 'session.created' ORDER BY seq");
        Assert.Equal(["Request", "Wallet", "Config"], sources.Select(r => r[0]));
    }

    [Fact]
    public async Task WithoutConfigDefaults_TheBuiltInDefaultsApply_AndConstrainNothing()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (_, _, session) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w") });

        var constraints = session.GetProperty("constraints");
        Assert.Empty(Strings(session, "allowedNetworks"));
        Assert.Empty(Strings(session, "allowedTypes"));
        Assert.Empty(Strings(session, "allowedRecipients"));
        Assert.Empty(constraints.GetProperty("maxAmountPerTx").EnumerateObject());
        Assert.Equal("BuiltIn", Sql.Scalar(host.DatabaseFile(), "SELECT json_extract(details, '$.constraintsFrom') FROM audit_log WHERE event_type = 'session.created'"));
    }

    [Fact]
    public async Task WalletsWithDifferentDefaults_NeedExplicitConstraints_AndBadConstraintsAreRefused()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var a = await host.WalletIdAsync("a");
        var b = await host.WalletIdAsync("b");
        SetWalletDefaults(host, a, """{"allowedTypes":["TRANSFER"]}""");
        SetWalletDefaults(host, b, """{"allowedTypes":["APPROVE"]}""");

        Assert.Equal("VALIDATION_FAILED", (await host.CreateSessionAsync(new { walletIds = new[] { a, b } })).Body.Code());
        await host.NewSessionAsync(new { walletIds = new[] { a, b }, constraints = new { allowedTypes = new[] { "TRANSFER" } } });
        var (_, unknownKey) = await host.CreateSessionAsync(new { walletId = a, constraints = new { allowed_types = new[] { "TRANSFER" } } });
        Assert.Equal("VALIDATION_FAILED", unknownKey.Code());
        Assert.Contains("allowed_types", unknownKey.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static void SetWalletDefaults(DaemonTestHost host, string walletId, string json) =>
        Sql.Execute(host.DatabaseFile(), $"UPDATE wallets SET default_constraints = '{json}' WHERE id = '{walletId}'");

    private static List<string?> Strings(JsonElement session, string rule) =>
        [.. session.GetProperty("constraints").GetProperty(rule).EnumerateArray().Select(e => e.GetString())];
}
