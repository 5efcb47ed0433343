using WaiaaS.Sdk.Tests.Hosting;

namespace WaiaaS.Sdk.Tests.Agent;

/// <summary>The agent's discovery calls through <see cref="WaiaasClient"/>: connect-info, its policies, its wallet's networks.</summary>
public sealed class AgentDiscoveryTests
{
    [Fact]
    public async Task Connect_Info_Policies_And_Networks_Describe_Only_The_Sessions_Wallet()
    {
        await using var daemon = await SdkDaemon.StartAsync();
        var (walletId, address) = await daemon.RawWalletAsync("discover");
        var (otherId, _) = await daemon.RawWalletAsync("other");
        await daemon.RawPolicyAsync(new { walletId, type = "RATE_LIMIT", rules = new { max_transactions = 5, window_seconds = 60 } });
        await daemon.RawPolicyAsync(new { walletId = otherId, type = "RATE_LIMIT", rules = new { max_transactions = 9, window_seconds = 60 } });
        var agent = daemon.Agent(await daemon.RawSessionAsync(walletId));

        var info = await agent.GetConnectInfoAsync();
        var policies = await agent.GetPoliciesAsync();
        var networks = await agent.GetWalletNetworksAsync(walletId);
        var foreign = await Assert.ThrowsAsync<WaiaasApiException>(() => agent.GetWalletNetworksAsync(otherId));
        var foreignPolicies = await Assert.ThrowsAsync<WaiaasApiException>(() => agent.GetPoliciesAsync(otherId));

        var wallet = Assert.Single(info.Wallets);
        Assert.Equal((walletId, address, "ethereum"), (wallet.Id, wallet.Address, wallet.Chain));
        Assert.Null(info.Session.Token);
        Assert.Equal(walletId, Assert.Single(info.Policies).WalletId);
        Assert.Equal(walletId, Assert.Single(policies.Items).WalletId);
        Assert.Contains(networks.Items, n => n.Id == "ethereum-sepolia");
        Assert.Equal((403, "WALLET_NOT_IN_SESSION"), (foreign.Status, foreign.Code));
        Assert.Equal((403, "WALLET_NOT_IN_SESSION"), (foreignPolicies.Status, foreignPolicies.Code));
    }
}
