using WaiaaS.Core.Chains;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Policies;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Tests.Storage;

namespace WaiaaS.Daemon.Tests.Policies;

public class PolicyCandidateLoaderTests
{
    private const string Rate = """{"max_transactions": 5, "window_seconds": 60}""";

    [Fact]
    public async Task LoadsEnabledPoliciesOfTheWalletAndGlobal_ForTheNetworkOrAll()
    {
        using var db = new TestDb();
        await using (var context = db.Context())
        {
            context.Wallets.AddRange(Wallet("w1"), Wallet("w2"));
            context.Policies.AddRange(
                Policy("global", null, null),
                Policy("global-net", null, "ethereum-sepolia"),
                Policy("global-other-net", null, "base-sepolia"),
                Policy("wallet", "w1", null, priority: 3),
                Policy("wallet-net", "w1", "ethereum-sepolia"),
                Policy("other-wallet", "w2", null),
                Policy("disabled", "w1", null, enabled: false));
            await context.SaveChangesAsync();
        }

        await using var reader = db.Context();
        var candidates = await PolicyCandidateLoader.LoadCandidatesAsync(reader, "w1", "ethereum-sepolia", CancellationToken.None);

        Assert.Equal(["global", "global-net", "wallet", "wallet-net"], candidates.Select(c => c.Id).Order(StringComparer.Ordinal));
        var wallet = candidates.Single(c => c.Id == "wallet");
        Assert.Equal(PolicyType.RateLimit, wallet.Type);
        Assert.Equal(3, wallet.Priority);
        Assert.Equal("wallet-net", PolicyScope.Effective(candidates, "w1", "ethereum-sepolia")[PolicyType.RateLimit].Id);
    }

    [Fact]
    public async Task ARowWithInvalidRules_FailsClosed()
    {
        using var db = new TestDb();
        await using (var context = db.Context())
        {
            context.Wallets.Add(Wallet("w1"));
            context.Policies.Add(Policy("broken", "w1", null));
            await context.SaveChangesAsync();
        }

        Sql.Execute(db.File, "UPDATE policies SET rules = '{\"max_transactions\": \"5\", \"window_seconds\": 60}' WHERE id = 'broken'");
        await using var reader = db.Context();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => PolicyCandidateLoader.LoadCandidatesAsync(reader, "w1", "ethereum-sepolia", CancellationToken.None));
        Assert.Contains("rules.max_transactions", error.Message, StringComparison.Ordinal);
    }

    private static PolicyEntity Policy(string id, string? wallet, string? network, int priority = 0, bool enabled = true) => new()
    {
        Id = id,
        WalletId = wallet,
        Network = network,
        Type = "RATE_LIMIT",
        Rules = Rate,
        Priority = priority,
        Enabled = enabled,
    };

    private static WalletEntity Wallet(string id) => new()
    {
        Id = id,
        Name = id,
        Chain = ChainType.Ethereum,
        Environment = NetworkEnvironment.Testnet,
        PublicKey = id + "-key",
        Address = id + "-address",
        Status = WalletStatus.Active,
        OwnerState = OwnerState.None,
    };
}
