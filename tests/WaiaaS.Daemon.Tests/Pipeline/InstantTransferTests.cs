using System.Net;
using System.Numerics;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Pipeline;

/// <summary>INSTANT sends on both chains, through HTTP, against Anvil and the LiteSVM server; idempotency.</summary>
[Collection(ChainPeersDefinition.Name)]
public sealed class InstantTransferTests(ChainPeersFixture chains)
{
    private static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    [Fact]
    public async Task Evm_Transfer_WithoutPolicies_IsInstant_AndConfirmsOnAnvil()
    {
        await using var host = await DaemonTestHost.StartAsync(chains.Config(), time: FakeTimeProvider.Live());
        var agent = new AgentClient(host);
        var (walletId, address) = await agent.WalletAsync("evm", "ethereum");
        await chains.Anvil.SetBalanceAsync(address, 10 * Ether);
        var token = await agent.SessionAsync(walletId);
        var recipient = "0x" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));

        var sent = await agent.SendAsync(token, new { type = "TRANSFER", to = recipient, amount = "1234567", network = ChainPeersFixture.EvmNetwork });

        Assert.Equal("INSTANT", sent.GetProperty("tier").GetString());
        Assert.Equal("PENDING", sent.GetProperty("status").GetString());
        var done = await agent.WaitForAsync(token, sent.GetProperty("id").GetString()!, "CONFIRMED", "FAILED");
        Assert.Equal("CONFIRMED", done.GetProperty("status").GetString());
        Assert.Equal(new BigInteger(1234567), await chains.Anvil.BalanceAsync(recipient));
        var hash = done.GetProperty("txHash").GetString()!;
        Assert.Contains(await chains.Anvil.AllTransactionsAsync(), t => t.Hash == hash && t.Value == 1234567);
    }

    [Fact]
    public async Task Solana_Transfer_WithHumanAmount_ConfirmsOnLiteSvm()
    {
        await using var host = await DaemonTestHost.StartAsync(chains.Config(), time: FakeTimeProvider.Live());
        var agent = new AgentClient(host);
        var (walletId, address) = await agent.WalletAsync("sol", "solana");
        await chains.Solana.AirdropAsync(address, 5_000_000_000);
        var token = await agent.SessionAsync(walletId);
        var (_, recipient) = await agent.WalletAsync("recipient", "solana");

        var sent = await agent.SendAsync(token, new { type = "TRANSFER", to = recipient, humanAmount = "0.25" });

        var done = await agent.WaitForAsync(token, sent.GetProperty("id").GetString()!, "CONFIRMED", "FAILED");
        Assert.True(done.GetProperty("status").GetString() == "CONFIRMED", done.ToString());
        Assert.Equal("250000000", done.GetProperty("amount").GetString());
        Assert.Equal(ChainPeersFixture.SolanaNetwork, done.GetProperty("network").GetString());
        Assert.Equal(250_000_000UL, await chains.Solana.BalanceAsync(recipient));
    }

    [Fact]
    public async Task IdempotencyKey_SameBody_ReturnsTheSameTransaction_DifferentBody_Is409()
    {
        await using var host = await DaemonTestHost.StartAsync(chains.Config(), time: FakeTimeProvider.Live());
        var agent = new AgentClient(host);
        var (walletId, address) = await agent.WalletAsync("evm", "ethereum");
        await chains.Anvil.SetBalanceAsync(address, Ether);
        var token = await agent.SessionAsync(walletId);
        var recipient = "0x" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
        var body = new { type = "TRANSFER", to = recipient, amount = "1000" };

        var first = await agent.SendAsync(token, body, idempotencyKey: "pay-1");
        var again = await agent.SendAsync(token, body, idempotencyKey: "pay-1");
        var other = await agent.SendAsync(token, new { type = "TRANSFER", to = recipient, amount = "1001" }, HttpStatusCode.Conflict, idempotencyKey: "pay-1");

        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", other.GetProperty("code").GetString());
        await agent.WaitForAsync(token, first.GetProperty("id").GetString()!, "CONFIRMED");
        Assert.Equal(new BigInteger(1000), await chains.Anvil.BalanceAsync(recipient));
    }

    [Fact]
    public async Task MalformedSends_AreRefused_WithTheFieldNamed_AndNothingIsStored()
    {
        await using var host = await DaemonTestHost.StartAsync(chains.Config(), time: FakeTimeProvider.Live());
        var agent = new AgentClient(host);
        var (walletId, _) = await agent.WalletAsync("evm", "ethereum");
        var token = await agent.SessionAsync(walletId);

        var number = await agent.SendAsync(token, new { type = "TRANSFER", to = "0x" + new string('1', 40), amount = 5 }, HttpStatusCode.BadRequest);
        var unknown = await agent.SendAsync(token, new { type = "TRANSFER", to = "0x" + new string('1', 40), amount = "5", gasLimit = "1" }, HttpStatusCode.BadRequest);
        var address = await agent.SendAsync(token, new { type = "TRANSFER", to = "not-an-address", amount = "5" }, HttpStatusCode.BadRequest);
        var mainnet = await agent.SendAsync(token, new { type = "TRANSFER", to = "0x" + new string('1', 40), amount = "5", network = "ethereum-mainnet" }, HttpStatusCode.BadRequest);

        Assert.Contains("amount must be a string", number.GetProperty("message").GetString());
        Assert.Contains("gasLimit", unknown.GetProperty("message").GetString());
        Assert.Contains("not a valid ethereum address", address.GetProperty("message").GetString());
        Assert.Equal("ENVIRONMENT_NETWORK_MISMATCH", mainnet.GetProperty("code").GetString());
        var (_, list) = await agent.AsAgentAsync(HttpMethod.Get, "/v1/transactions", token);
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }
}
