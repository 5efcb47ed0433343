using WaiaaS.Core.Policies;
using WaiaaS.Core.Transactions;
using static WaiaaS.Core.Tests.Policies.PolicyTestData;

namespace WaiaaS.Core.Tests.Policies;

public class PolicyEngineScopeTests
{
    private static PolicyCandidate Limit(string id, string? wallet, string? network, int instantMax, int priority = 0, bool enabled = true) =>
        Policy(id, PolicyType.SpendingLimit, $$$"""{"instant_max": {"native": "{{{instantMax}}}"}}""", wallet, network, priority, enabled);

    [Fact]
    public void MostSpecificScopeWins_WalletNetwork_Wallet_GlobalNetwork_Global()
    {
        PolicyCandidate[] all =
        [
            Limit("global", null, null, 1),
            Limit("global-net", null, Network, 2),
            Limit("wallet", Wallet, null, 3),
            Limit("wallet-net", Wallet, Network, 4),
        ];

        for (var i = 0; i < all.Length; i++)
        {
            var candidates = all[..(i + 1)].Reverse().ToArray();
            Assert.Equal(all[i].Id, PolicyScope.Effective(candidates, Wallet, Network)[PolicyType.SpendingLimit].Id);
        }

        Assert.Equal(PolicyTier.Instant, Evaluate(Transfer(4), all).Tier);
        Assert.Equal(PolicyTier.Approval, Evaluate(Transfer(5), all).Tier);
    }

    [Fact]
    public void PoliciesOfOtherWalletsAndNetworks_AndDisabledOnes_AreIgnored()
    {
        PolicyCandidate[] all =
        [
            Limit("global", null, null, 100),
            Limit("other-wallet", OtherWallet, null, 1),
            Limit("other-network", Wallet, "base-sepolia", 1),
            Limit("disabled", Wallet, Network, 1, enabled: false),
        ];

        Assert.Equal("global", PolicyScope.Effective(all, Wallet, Network)[PolicyType.SpendingLimit].Id);
        Assert.Equal(PolicyTier.Instant, Evaluate(Transfer(100), all).Tier);
    }

    [Fact]
    public void PriorityBreaksTiesWithinOneScope_ThenTheOldestId()
    {
        var low = Limit("b-low", Wallet, null, 1, priority: 1);
        var high = Limit("c-high", Wallet, null, 2, priority: 5);
        var highOlder = Limit("a-high", Wallet, null, 3, priority: 5);

        Assert.Equal("a-high", PolicyScope.Effective([low, high, highOlder], Wallet, Network)[PolicyType.SpendingLimit].Id);
        Assert.Equal("c-high", PolicyScope.Effective([low, high], Wallet, Network)[PolicyType.SpendingLimit].Id);
        // Priority never lifts a policy over a more specific scope.
        Assert.Equal("specific", PolicyScope.Effective([high, Limit("specific", Wallet, Network, 9, priority: -10)], Wallet, Network)[PolicyType.SpendingLimit].Id);
    }

    [Fact]
    public void EachTypeIsScopedSeparately()
    {
        var globalWhitelist = Policy("gw", PolicyType.Whitelist, $$"""{"allowed_addresses": ["{{Recipient}}"]}""", wallet: null);
        var walletLimit = Limit("wl", Wallet, null, 10);

        var decision = Evaluate(Transfer(1, to: Stranger), [globalWhitelist, walletLimit]);

        Assert.Equal("gw", decision.Denial!.PolicyId);
    }

    [Fact]
    public void OnlyDisabledPolicies_MeansNoPolicyApplies()
    {
        var disabled = Limit("d", Wallet, null, 1, enabled: false);

        Assert.True(Evaluate(TokenTransfer(5), [disabled]).Allowed);
    }
}
