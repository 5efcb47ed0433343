using System.Numerics;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Pipeline;

/// <summary>TOKEN_TRANSFER, APPROVE and CONTRACT_CALL through the pipeline on Anvil (a real ERC-20), and a Solana program call on LiteSVM.</summary>
[Collection(ChainPeersDefinition.Name)]
public sealed class TokenAndContractTests(ChainPeersFixture chains)
{
    [Fact]
    public async Task Erc20_Transfer_Approve_AndContractCall_Confirm_AndTheTokenStateShowsThem()
    {
        var token = await EvmTestToken.DeployAsync(chains.Anvil);
        await using var host = await DaemonTestHost.StartAsync(chains.Config(), time: FakeTimeProvider.Live());
        var agent = new AgentClient(host);
        var (walletId, address) = await agent.WalletAsync("erc20", "ethereum");
        await chains.Anvil.SetBalanceAsync(address, BigInteger.Pow(10, 18));
        await token.GiveAsync(address, 10_000_000);
        var session = await agent.SessionAsync(walletId);
        var recipient = Random20();
        var spender = Random20();
        var caller = Random20();
        var calldata = "0x" + Convert.ToHexStringLower(EvmTestToken.Call("095ea7b3", EvmTestToken.Word(caller), EvmTestToken.Word(new BigInteger(77))));

        var transfer = await agent.SendAsync(session, new { type = "TOKEN_TRANSFER", to = recipient, token = new { address = token.Address, decimals = EvmTestToken.Decimals }, humanAmount = "1.5" });
        var approve = await agent.SendAsync(session, new { type = "APPROVE", spender, token = token.Address, amount = "250" });
        var call = await agent.SendAsync(session, new { type = "CONTRACT_CALL", to = token.Address, calldata });

        foreach (var sent in new[] { transfer, approve, call })
        {
            var done = await agent.WaitForAsync(session, sent.GetProperty("id").GetString()!, "CONFIRMED", "FAILED");
            Assert.True(done.GetProperty("status").GetString() == "CONFIRMED", done.ToString());
        }

        Assert.Equal(new BigInteger(1_500_000), await token.BalanceOfAsync(recipient));
        Assert.Equal(new BigInteger(250), await token.AllowanceAsync(address, spender));
        Assert.Equal(new BigInteger(77), await token.AllowanceAsync(address, caller));
    }

    [Fact]
    public async Task UnlimitedApproval_IsDenied_EvenWithoutPolicies()
    {
        await using var host = await DaemonTestHost.StartAsync(chains.Config(), time: FakeTimeProvider.Live());
        var agent = new AgentClient(host);
        var (walletId, _) = await agent.WalletAsync("erc20", "ethereum");
        var session = await agent.SessionAsync(walletId);
        var max = (BigInteger.One << 256) - 1;

        var denied = await agent.SendAsync(session, new { type = "APPROVE", spender = Random20(), token = Random20(), amount = max.ToString() }, System.Net.HttpStatusCode.Forbidden);

        Assert.Equal("POLICY_DENIED", denied.GetProperty("code").GetString());
        Assert.True(denied.GetProperty("details").TryGetProperty("transactionId", out _));
    }

    [Fact]
    public async Task Solana_ProgramCall_ToTheMemoProgram_Confirms()
    {
        await using var host = await DaemonTestHost.StartAsync(chains.Config(), time: FakeTimeProvider.Live());
        var agent = new AgentClient(host);
        var (walletId, address) = await agent.WalletAsync("memo", "solana");
        await chains.Solana.AirdropAsync(address, 1_000_000_000);
        var session = await agent.SessionAsync(walletId);

        var sent = await agent.SendAsync(session, new
        {
            type = "CONTRACT_CALL",
            to = "MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr",
            instructionData = Convert.ToBase64String("hello from the pipeline"u8.ToArray()),
            accounts = new[] { new { address, isSigner = true, isWritable = false } },
        });

        var done = await agent.WaitForAsync(session, sent.GetProperty("id").GetString()!, "CONFIRMED", "FAILED");
        Assert.True(done.GetProperty("status").GetString() == "CONFIRMED", done.ToString());
    }

    private static string Random20() => "0x" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
}
