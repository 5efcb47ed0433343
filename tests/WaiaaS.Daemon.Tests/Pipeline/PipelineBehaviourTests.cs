using System.Net;
using System.Numerics;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Owners;

namespace WaiaaS.Daemon.Tests.Pipeline;

/// <summary>Simulate, pending lists, unknown prices, the owner downgrade, the kill switch and the agent wallet reads, through HTTP on Anvil.</summary>
[Collection(ChainPeersDefinition.Name)]
public sealed class PipelineBehaviourTests(ChainPeersFixture chains)
{
    [Fact]
    public async Task Simulate_ReportsTierAndFee_AndStoresNothing()
    {
        await using var host = await DaemonTestHost.StartAsync(chains.Config(), time: FakeTimeProvider.Live());
        var (agent, token, _) = await EvmAgentAsync(host, new { instant_max = new Dictionary<string, string> { ["native"] = "10" } });

        var (response, body) = await agent.AsAgentAsync(HttpMethod.Post, "/v1/transactions/simulate", token, new { type = "TRANSFER", to = Random20(), amount = "500" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("allowed").GetBoolean());
        Assert.Equal("DELAY", body.GetProperty("tier").GetString()); // APPROVAL, downgraded: the wallet has no verified owner
        Assert.True(BigInteger.Parse(body.GetProperty("fee").GetString()!) > 0);
        await using var db = host.Db();
        Assert.Equal(0, await db.Transactions.CountAsync());
    }

    [Fact]
    public async Task UnknownPrice_WithAUsdRule_IsAtLeastNotify_AndApprovalWithoutAVerifiedOwner_IsDowngradedToDelay()
    {
        await using var host = await DaemonTestHost.StartAsync(chains.Config(), time: FakeTimeProvider.Live());
        var (agent, token, _) = await EvmAgentAsync(host, new
        {
            daily_limit_usd = 1000,
            instant_max = new Dictionary<string, string> { ["native"] = "100" },
            notify_max = new Dictionary<string, string> { ["native"] = "100" },
            delay_max = new Dictionary<string, string> { ["native"] = "100" },
        });

        var unknownPrice = await agent.SendAsync(token, new { type = "TRANSFER", to = Random20(), amount = "50" });
        var downgraded = await agent.SendAsync(token, new { type = "TRANSFER", to = Random20(), amount = "500" });
        var (_, pending) = await agent.AsAgentAsync(HttpMethod.Get, "/v1/transactions/pending", token);

        Assert.Equal("NOTIFY", unknownPrice.GetProperty("tier").GetString());
        Assert.Equal("DELAY", downgraded.GetProperty("tier").GetString());
        Assert.Contains(pending.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetString() == downgraded.GetProperty("id").GetString());
        await using var db = host.Db();
        Assert.Contains(await db.NotificationLogs.Select(n => n.EventType).ToListAsync(), e => e == "APPROVAL_DOWNGRADED");
    }

    [Fact]
    public async Task KillSwitch_CancelsQueuedTransactions_RefusesSends_AndNothingReachesTheChain()
    {
        await using var host = await DaemonTestHost.StartAsync(chains.Config(), time: FakeTimeProvider.Live());
        var (agent, token, _) = await EvmAgentAsync(host, new { instant_max = new Dictionary<string, string> { ["native"] = "10" }, notify_max = new Dictionary<string, string> { ["native"] = "10" }, delay_max = new Dictionary<string, string> { ["native"] = "1000" }, delay_seconds = 60 });
        var recipient = Random20();
        var queued = await agent.SendAsync(token, new { type = "TRANSFER", to = recipient, amount = "500" });

        var (engaged, engagedBody) = await host.SendAsync(HttpMethod.Post, "/v1/admin/kill-switch", new { reason = "test" });
        Assert.True(engaged.StatusCode == HttpStatusCode.OK, engagedBody.ToString());
        host.Time.Advance(TimeSpan.FromSeconds(61));
        var (refused, refusedBody) = await agent.AsAgentAsync(HttpMethod.Post, "/v1/transactions/send", token, new { type = "TRANSFER", to = recipient, amount = "5" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("SYSTEM_LOCKED", refusedBody.GetProperty("code").GetString());
        var (_, row) = await host.SendAsync(HttpMethod.Get, $"/v1/transactions/{queued.GetProperty("id").GetString()}");
        Assert.Equal("CANCELLED", row.GetProperty("status").GetString());
        await Task.Delay(1500); // two sweeps after the delay was due: still nothing may execute
        Assert.Equal(BigInteger.Zero, await chains.Anvil.BalanceAsync(recipient));
    }

    [Fact]
    public async Task AgentWalletReads_ShowTheSessionWalletOnly()
    {
        await using var host = await DaemonTestHost.StartAsync(chains.Config(), time: FakeTimeProvider.Live());
        var (agent, token, address) = await EvmAgentAsync(host, rules: null);
        var (otherId, _) = await agent.WalletAsync("other", "ethereum");

        var (_, mine) = await agent.AsAgentAsync(HttpMethod.Get, "/v1/wallet/address", token);
        var (_, balance) = await agent.AsAgentAsync(HttpMethod.Get, "/v1/wallet/balance", token);
        var (foreign, _) = await agent.AsAgentAsync(HttpMethod.Get, $"/v1/wallet/balance?walletId={otherId}", token);

        Assert.Equal(address, mine.GetProperty("address").GetString());
        Assert.Equal(ChainPeersFixture.EvmNetwork, mine.GetProperty("network").GetString());
        var native = balance.GetProperty("assets")[0];
        Assert.Equal("1000000000000000000", native.GetProperty("balance").GetString());
        Assert.Equal("1", native.GetProperty("humanBalance").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
    }

    private async Task<(AgentClient Agent, string Token, string Address)> EvmAgentAsync(DaemonTestHost host, object? rules)
    {
        var agent = new AgentClient(host);
        var (walletId, address) = await agent.WalletAsync("evm", "ethereum");
        await chains.Anvil.SetBalanceAsync(address, BigInteger.Pow(10, 18));
        if (rules is not null)
        {
            var (response, body) = await host.SendAsync(HttpMethod.Post, "/v1/policies", new { walletId, type = "SPENDING_LIMIT", rules });
            Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        }

        return (agent, await agent.SessionAsync(walletId), address);
    }

    private static string Random20() => "0x" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
}
