using System.Numerics;
using System.Text.Json.Nodes;
using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Tests.Agent;
using WaiaaS.Sdk.Tests.Hosting;

namespace WaiaaS.Sdk.Tests.Operators;

/// <summary>The operator's transaction reads and cancel against a real daemon on a real Anvil node.</summary>
public sealed class OperatorTransactionTests(AnvilFixture chain) : IClassFixture<AnvilFixture>
{
    [Fact]
    public async Task Operator_Sees_And_Cancels_Every_Wallets_Transactions()
    {
        await using var daemon = await SdkDaemon.StartAsync(chain.Config(), WaiaaS.Daemon.Tests.Hosting.FakeTimeProvider.Live());
        using var op = daemon.Operator();
        var wallet = await op.CreateWalletAsync(new CreateWalletRequest("ops", "ethereum", "testnet"));
        await chain.Anvil.SetBalanceAsync(wallet.Address, BigInteger.Pow(10, 18));
        await op.CreatePolicyAsync(new CreatePolicyRequest("SPENDING_LIMIT", new JsonObject
        {
            ["instant_max"] = new JsonObject { ["native"] = "10" },
            ["delay_max"] = new JsonObject { ["native"] = "1000000" },
            ["delay_seconds"] = 600,
        }, WalletId: wallet.Id));
        var session = await op.CreateSessionAsync(new CreateSessionRequest(WalletId: wallet.Id));
        var agent = daemon.Agent(session.Token!);
        var request = new SendTransactionRequest("TRANSFER", To: AgentChainTests.RandomAddress(), Amount: "5", Network: AnvilFixture.Network);

        var instant = await agent.SendTransactionAsync(request);
        var delayed = await agent.SendTransactionAsync(request with { Amount = "500" });
        await AgentChainTests.WaitForAsync(agent, instant.Id, "CONFIRMED");
        var all = await op.ListTransactionsAsync(wallet.Id);
        var confirmed = await op.ListTransactionsAsync(status: "CONFIRMED", limit: 5);
        var pending = await op.ListPendingTransactionsAsync(wallet.Id);
        var fetched = await op.GetTransactionAsync(delayed.Id);
        var cancelled = await op.CancelTransactionAsync(delayed.Id);
        var cancelAgain = await Assert.ThrowsAsync<WaiaasApiException>(() => op.CancelTransactionAsync(delayed.Id));

        Assert.Equal(2, all.Items.Count);
        Assert.Equal(instant.Id, Assert.Single(confirmed.Items).Id);
        Assert.Equal(delayed.Id, Assert.Single(pending.Items).Id);
        Assert.Equal(("QUEUED", "DELAY", session.Id), (fetched.Status, fetched.Tier, fetched.SessionId));
        Assert.NotNull(fetched.ExecuteAfter);
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal(409, cancelAgain.Status);
    }
}
