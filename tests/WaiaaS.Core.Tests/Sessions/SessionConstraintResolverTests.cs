using System.Collections.Immutable;
using System.Text.Json.Nodes;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Sessions;

namespace WaiaaS.Core.Tests.Sessions;

public sealed class SessionConstraintResolverTests
{
    private static readonly SessionConstraintSettings Requested = new() { AllowedTypes = ["TRANSFER"] };
    private static readonly SessionConstraintSettings WalletDefault = new() { AllowedNetworks = ["solana-devnet"] };
    private static readonly SessionConstraintSettings Configured = new() { MaxAmountPerTx = ImmutableDictionary<string, string>.Empty.Add("native", "5") };

    [Fact]
    public void Request_BeatsWallet_BeatsConfig_BeatsBuiltIn()
    {
        Assert.Equal(new ResolvedSessionConstraints(Requested, SessionConstraintSource.Request), SessionConstraintResolver.Resolve(Requested, [WalletDefault], Configured).Value);
        Assert.Equal(new ResolvedSessionConstraints(WalletDefault, SessionConstraintSource.Wallet), SessionConstraintResolver.Resolve(null, [WalletDefault], Configured).Value);
        Assert.Equal(new ResolvedSessionConstraints(Configured, SessionConstraintSource.Config), SessionConstraintResolver.Resolve(null, [null], Configured).Value);
        Assert.Equal(new ResolvedSessionConstraints(SessionConstraintResolver.BuiltInDefaults, SessionConstraintSource.BuiltIn), SessionConstraintResolver.Resolve(null, [null], new SessionConstraintSettings()).Value);
    }

    [Fact]
    public void AnExplicitEmptyRequest_MeansNoConstraints_NotTheDefaults()
    {
        var resolved = SessionConstraintResolver.Resolve(new SessionConstraintSettings(), [WalletDefault], Configured).Value!;

        Assert.Equal(SessionConstraintSource.Request, resolved.Source);
        Assert.True(SessionConstraintJson.IsUnconstrained(resolved.Constraints));
    }

    [Fact]
    public void Wallets_WithDefaults_MustAgree_WalletsWithoutDefaultsDoNotVote()
    {
        Assert.Equal(SessionConstraintSource.Wallet, SessionConstraintResolver.Resolve(null, [null, WalletDefault, WalletDefault with { }], Configured).Value!.Source);
        Assert.Equal("VALIDATION_FAILED", SessionConstraintResolver.Resolve(null, [WalletDefault, Requested], Configured).Failure!.Error.Code);
    }

    [Fact]
    public void Json_RoundTrips_AndRefusesUnknownKeysBadTypesAndNumbers()
    {
        var original = new SessionConstraintSettings
        {
            AllowedNetworks = ["ethereum-sepolia"],
            AllowedTypes = ["TRANSFER", "APPROVE"],
            MaxAmountPerTx = ImmutableDictionary<string, string>.Empty.Add("native", "1000000000000000000000"),
            AllowedRecipients = ["0x52908400098527886E0F7030069857D2E4169EE7"],
        };

        Assert.Equal(original, SessionConstraintJson.Parse(SessionConstraintJson.ToJson(original).ToJsonString()).Value);
        Assert.Equal(original, SessionConstraintJson.Parse((JsonObject)JsonNode.Parse("""{"allowedNetworks":["ethereum-sepolia"],"allowedTypes":["TRANSFER","APPROVE"],"maxAmountPerTx":{"native":"1000000000000000000000"},"allowedRecipients":["0x52908400098527886E0F7030069857D2E4169EE7"]}""")!).Value);
        foreach (var bad in new[]
        {
            """{"allowed_networks":["ethereum-sepolia"]}""",
            """{"allowedTypes":["SEND"]}""",
            """{"maxAmountPerTx":{"native":1000}}""",
            """{"maxAmountPerTx":{"native":"-1"}}""",
            """{"allowedNetworks":"ethereum-sepolia"}""",
            """{"allowedNetworks":["Ethereum Sepolia"]}""",
            """{"allowedRecipients":[""]}""",
        })
        {
            var result = SessionConstraintJson.Parse((JsonObject)JsonNode.Parse(bad)!);
            Assert.False(result.Succeeded, bad);
            Assert.Equal("VALIDATION_FAILED", result.Failure.Error.Code);
        }
    }
}
