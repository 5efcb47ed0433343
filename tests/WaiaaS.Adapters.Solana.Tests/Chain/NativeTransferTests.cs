using WaiaaS.Adapters.Solana.Tests.Harness;
using WaiaaS.Adapters.Solana.Transactions;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana.Tests.Chain;

[Collection(LiteSvmChain.Name)]
public sealed class NativeTransferTests(LiteSvmRpcFixture chain)
{
    private readonly ChainSetup _setup = new(chain);

    [Theory]
    [InlineData(MessageVersion.Legacy, 0UL)]
    [InlineData(MessageVersion.V0, 0UL)]
    [InlineData(MessageVersion.V0, 50_000UL)]
    public async Task NativeTransfer_LandsAndMovesExactlyAmountPlusFee(MessageVersion version, ulong computeUnitPrice)
    {
        using var sender = new TestWallet();
        using var recipient = new TestWallet();
        await _setup.FundAsync(sender, 10 * ChainSetup.Sol);
        var adapter = new SolanaChainAdapter(chain.Http, options: new SolanaAdapterOptions { MessageVersion = version, DefaultComputeUnitPrice = computeUnitPrice });
        var request = new NativeTransferRequest(sender.Address, recipient.Address, ChainSetup.Sol / 2);

        var built = await adapter.BuildAsync(chain.Endpoint, request, TransactionBuildOptions.Default, CancellationToken.None);
        var simulation = await adapter.SimulateAsync(chain.Endpoint, built, CancellationToken.None);
        var signed = adapter.Sign(built, sender);
        var signature = await adapter.SubmitAsync(chain.Endpoint, signed, CancellationToken.None);
        var status = await adapter.WaitForConfirmationAsync(chain.Endpoint, signature, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.True(simulation.Success, simulation.Error);
        Assert.Contains(simulation.Logs, l => l.Contains("11111111111111111111111111111111 success", StringComparison.Ordinal));
        Assert.Equal(signed.TransactionHash, signature);
        Assert.Equal(ConfirmationState.Confirmed, status.State);
        Assert.Equal(version, SolanaMessage.Deserialize(built.SigningPayload.Span).Version);
        // Default limit: two builtin instructions (SetComputeUnitPrice, System transfer) at 3,000 units each.
        var expectedFee = 5000 + (computeUnitPrice * 6_000 / 1_000_000);
        Assert.Equal(expectedFee, (ulong)built.Fee.Total);
        Assert.Equal(ChainSetup.Sol / 2, (ulong)(await adapter.GetBalanceAsync(chain.Endpoint, recipient.Address, CancellationToken.None)).Amount);
        Assert.Equal((10 * ChainSetup.Sol) - (ChainSetup.Sol / 2) - expectedFee, (ulong)(await adapter.GetBalanceAsync(chain.Endpoint, sender.Address, CancellationToken.None)).Amount);
    }

    [Fact]
    public async Task EstimateFee_CountsComputeBudgetPriorityFee()
    {
        using var sender = new TestWallet();
        await _setup.FundAsync(sender, ChainSetup.Sol);
        var adapter = new SolanaChainAdapter(chain.Http);
        var request = new NativeTransferRequest(sender.Address, new TestWallet().Address, 1_000_000);

        var plain = await adapter.EstimateFeeAsync(chain.Endpoint, request, CancellationToken.None);
        var priority = await adapter.BuildAsync(chain.Endpoint, request, new TransactionBuildOptions(PriorityFee: 1_000_000, ComputeUnitLimit: 10_000), CancellationToken.None);

        Assert.Equal(5000, (long)plain.Total);
        Assert.Equal(5000 + 10_000, (long)priority.Fee.Total);
        Assert.Equal("10000", priority.Fee.Details["computeUnitLimit"]);
    }

    [Fact]
    public async Task Memo_IsRecordedAndParsed()
    {
        using var sender = new TestWallet();
        using var recipient = new TestWallet();
        await _setup.FundAsync(sender, ChainSetup.Sol);
        var adapter = new SolanaChainAdapter(chain.Http);

        var built = await adapter.BuildAsync(chain.Endpoint, new NativeTransferRequest(sender.Address, recipient.Address, 2_000_000, "invoice 7"), TransactionBuildOptions.Default, CancellationToken.None);
        var signed = adapter.Sign(built, sender);
        var status = await adapter.WaitForConfirmationAsync(chain.Endpoint, await adapter.SubmitAsync(chain.Endpoint, signed, CancellationToken.None), TimeSpan.FromSeconds(30), CancellationToken.None);
        var parsed = adapter.ParseRawTransaction(signed.Raw.Span);

        Assert.Equal(ConfirmationState.Confirmed, status.State);
        Assert.True(parsed.IsSigned);
        Assert.Equal(sender.Address, parsed.From);
        Assert.Collection(
            parsed.Operations,
            op => Assert.Equal(("native_transfer", recipient.Address, (System.Numerics.BigInteger?)2_000_000), (op.Kind, op.To, op.Amount)),
            op => Assert.Equal(("contract_call", "MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr"), (op.Kind, op.Program)));
    }
}
