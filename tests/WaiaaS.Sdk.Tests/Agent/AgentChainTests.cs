using System.Numerics;
using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Tests.Hosting;

namespace WaiaaS.Sdk.Tests.Agent;

/// <summary><see cref="WaiaasClient"/> against a real daemon whose EVM network is a real Anvil node on loopback.</summary>
public sealed class AgentChainTests(AnvilFixture chain) : IClassFixture<AnvilFixture>
{
    [Fact]
    public async Task Reads_Simulate_And_Send_Reach_The_Chain()
    {
        await using var daemon = await SdkDaemon.StartAsync(chain.Config(), FakeTimeProviderLive());
        var (walletId, address) = await daemon.RawWalletAsync("agent");
        await chain.Anvil.SetBalanceAsync(address, BigInteger.Pow(10, 18));
        var agent = daemon.Agent(await daemon.RawSessionAsync(walletId));
        var recipient = RandomAddress();
        var transfer = new SendTransactionRequest("TRANSFER", To: recipient, Amount: "1000", Network: AnvilFixture.Network);

        var where = await agent.GetAddressAsync(network: AnvilFixture.Network);
        var balance = await agent.GetBalanceAsync(walletId, AnvilFixture.Network);
        var assets = await agent.GetAssetsAsync(network: AnvilFixture.Network);
        var simulated = await agent.SimulateTransactionAsync(transfer);
        var sent = await agent.SendTransactionAsync(transfer, idempotencyKey: "pay-1");
        var again = await agent.SendTransactionAsync(transfer, idempotencyKey: "pay-1");
        var confirmed = await WaitForAsync(agent, sent.Id, "CONFIRMED");
        var list = await agent.ListTransactionsAsync(walletId, limit: 10);

        Assert.Equal(address, where.Address);
        Assert.Equal(walletId, where.WalletId);
        Assert.Equal("1000000000000000000", balance.Assets[0].Balance);
        Assert.True(assets.Assets[0].IsNative);
        Assert.True(simulated.Allowed, simulated.Denial?.Message);
        Assert.Equal("INSTANT", simulated.Tier);
        Assert.Equal(sent.Id, again.Id);
        Assert.Equal(recipient, confirmed.To, ignoreCase: true);
        Assert.NotNull(confirmed.TxHash);
        Assert.Contains(list.Items, t => t.Id == sent.Id);
        Assert.Equal(new BigInteger(1000), await chain.Anvil.BalanceAsync(recipient));
    }

    [Fact]
    public async Task Delayed_Send_Is_Pending_Until_Cancelled()
    {
        await using var daemon = await SdkDaemon.StartAsync(chain.Config(), FakeTimeProviderLive());
        var (walletId, address) = await daemon.RawWalletAsync("delayed");
        await chain.Anvil.SetBalanceAsync(address, BigInteger.Pow(10, 18));
        await daemon.RawPolicyAsync(new
        {
            walletId,
            type = "SPENDING_LIMIT",
            rules = new { instant_max = new Dictionary<string, string> { ["native"] = "10" }, delay_max = new Dictionary<string, string> { ["native"] = "1000000" }, delay_seconds = 600 },
        });
        var agent = daemon.Agent(await daemon.RawSessionAsync(walletId));

        var sent = await agent.SendTransactionAsync(new SendTransactionRequest("TRANSFER", To: RandomAddress(), Amount: "500", Network: AnvilFixture.Network));
        var pending = await agent.ListPendingTransactionsAsync();
        var cancelled = await agent.CancelTransactionAsync(sent.Id);
        var pendingAfter = await agent.ListPendingTransactionsAsync(walletId);

        Assert.Equal(("QUEUED", "DELAY"), (sent.Status, sent.Tier));
        Assert.Contains(pending.Items, t => t.Id == sent.Id);
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.DoesNotContain(pendingAfter.Items, t => t.Id == sent.Id);
    }

    [Fact]
    public async Task Session_Constraint_Refusal_Surfaces_As_ApiException_And_Simulated_Denial()
    {
        await using var daemon = await SdkDaemon.StartAsync(chain.Config(), FakeTimeProviderLive());
        var (walletId, _) = await daemon.RawWalletAsync("constrained");
        var agent = daemon.Agent(await daemon.RawSessionAsync(walletId, new { constraints = new { allowedRecipients = new[] { RandomAddress() } } }));
        var elsewhere = new SendTransactionRequest("TRANSFER", To: RandomAddress(), Amount: "1", Network: AnvilFixture.Network);

        var error = await Assert.ThrowsAsync<WaiaasApiException>(() => agent.SendTransactionAsync(elsewhere));
        var simulated = await agent.SimulateTransactionAsync(elsewhere);
        var invalid = await Assert.ThrowsAsync<WaiaasApiException>(() => agent.SendTransactionAsync(elsewhere with { Calldata = "0x00" }));
        var missing = await Assert.ThrowsAsync<WaiaasApiException>(() => agent.GetTransactionAsync("0190d6a1-0000-7000-8000-000000000000"));

        Assert.Equal((403, "SESSION_CONSTRAINT_VIOLATED"), (error.Status, error.Code));
        Assert.NotNull(error.RequestId);
        Assert.False(simulated.Allowed);
        Assert.Equal("SESSION_CONSTRAINT_VIOLATED", simulated.Denial!.Code);
        Assert.Equal((400, "VALIDATION_FAILED"), (invalid.Status, invalid.Code));
        Assert.Equal(404, missing.Status);
    }

    internal static async Task<TransactionResponse> WaitForAsync(WaiaasClient agent, string id, string status)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var row = await agent.GetTransactionAsync(id);
            if (row.Status == status || clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                Assert.True(row.Status == status, $"{id} is {row.Status} ({row.Error?.Code}: {row.Error?.Message})");
                return row;
            }

            await Task.Delay(50);
        }
    }

    internal static string RandomAddress() => "0x" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));

    private static WaiaaS.Daemon.Tests.Hosting.FakeTimeProvider FakeTimeProviderLive() => WaiaaS.Daemon.Tests.Hosting.FakeTimeProvider.Live();
}
