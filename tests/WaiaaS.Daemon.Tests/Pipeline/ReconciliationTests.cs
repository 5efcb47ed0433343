using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Keys;
using WaiaaS.Daemon.Chains;
using WaiaaS.Daemon.Hosting;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Owners;

namespace WaiaaS.Daemon.Tests.Pipeline;

/// <summary>Start-up reconciliation of a row a crash left SUBMITTED whose signed bytes never landed.</summary>
[Collection(ChainPeersDefinition.Name)]
public sealed class ReconciliationTests(ChainPeersFixture chains)
{
    [Fact]
    public async Task Solana_SubmittedBytesThatCanNoLongerLand_AreRebuiltOnce_AndConfirmExactlyOnce()
    {
        var root = DaemonTestHost.CreateRoot();
        var host = await DaemonTestHost.StartAsync(chains.Config(), root, time: FakeTimeProvider.Live());
        var agent = new AgentClient(host);
        var (walletId, address) = await agent.WalletAsync("crashed", "solana");
        var (_, recipient) = await agent.WalletAsync("recipient", "solana");
        await chains.Solana.AirdropAsync(address, 1_000_000_000);

        // What a crash between "signed bytes stored" and "the chain saw them" leaves: a SUBMITTED row whose bytes were
        // never delivered, and by now can never land (their blockhash expired).
        var services = host.Daemon.App.Services;
        var router = services.GetRequiredService<ChainRouter>();
        var endpoint = router.Resolve(ChainType.Solana, NetworkEnvironment.Testnet, ChainPeersFixture.SolanaNetwork).Value!;
        var adapter = router.Adapter(ChainType.Solana);
        var unsigned = await adapter.BuildAsync(endpoint, new NativeTransferRequest(address, recipient, 2_000_000), TransactionBuildOptions.Default, CancellationToken.None);
        var signed = adapter.Sign(unsigned, services.GetRequiredService<IKeyStore>().GetSigner(walletId, services.GetRequiredService<KeySchemeRegistry>().For(ChainType.Solana)));
        await chains.Solana.Rpc.CallAsync("waiaas_expireBlockhash");
        var now = host.Time.GetUtcNow().ToUnixTimeSeconds();
        await using (var db = host.Db())
        {
            db.Transactions.Add(new TransactionEntity
            {
                Id = WaiaasDatabase.NewId(host.Time),
                WalletId = walletId,
                Network = ChainPeersFixture.SolanaNetwork,
                Type = "TRANSFER",
                ToAddress = recipient,
                Amount = "2000000",
                ReservedAmount = "2000000",
                Status = "SUBMITTED",
                Tier = "INSTANT",
                SignedTx = Convert.ToHexStringLower(signed.Raw.Span),
                TxHash = signed.TransactionHash,
                Metadata = """{"decimals":9,"symbol":"SOL"}""",
                SubmittedAt = now,
                CreatedAt = now,
                UpdatedAt = now,
            });
            await db.SaveChangesAsync();
        }

        await host.StopAsync();
        await using var restarted = await DaemonTestHost.StartAsync(chains.Config(), root, time: FakeTimeProvider.Live());
        var token = await new AgentClient(restarted).SessionAsync(walletId);
        var id = (await new AgentClient(restarted).AsAgentAsync(HttpMethod.Get, "/v1/transactions", token)).Body.GetProperty("items")[0].GetProperty("id").GetString()!;

        var done = await new AgentClient(restarted).WaitForAsync(token, id, "CONFIRMED", "FAILED");

        Assert.True(done.GetProperty("status").GetString() == "CONFIRMED", done.ToString());
        Assert.NotEqual(signed.TransactionHash, done.GetProperty("txHash").GetString());
        Assert.Equal(2_000_000UL, await chains.Solana.BalanceAsync(recipient));
    }
}
