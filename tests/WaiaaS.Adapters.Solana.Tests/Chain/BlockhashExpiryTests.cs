using WaiaaS.Adapters.Solana.Rpc;
using WaiaaS.Adapters.Solana.Tests.Harness;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana.Tests.Chain;

[Collection(LiteSvmChain.Name)]
public sealed class BlockhashExpiryTests(LiteSvmRpcFixture chain)
{
    private readonly ChainSetup _setup = new(chain);

    [Fact]
    public async Task Submit_WithAnExpiredBlockhash_IsStaleBlockhashExpired()
    {
        using var sender = new TestWallet();
        await _setup.FundAsync(sender, ChainSetup.Sol);
        var adapter = new SolanaChainAdapter(chain.Http);
        var built = await adapter.BuildAsync(chain.Endpoint, new NativeTransferRequest(sender.Address, new TestWallet().Address, 1_000_000), TransactionBuildOptions.Default, CancellationToken.None);
        await chain.ExpireBlockhashAsync();

        var error = await Record.ExceptionAsync(() => adapter.SubmitAsync(chain.Endpoint, adapter.Sign(built, sender), CancellationToken.None));

        ChainSetup.AssertChainError(error, ChainErrorKind.Stale, ChainErrorCodes.BlockhashExpired);
    }

    [Fact]
    public async Task SubmitWithRebuild_RebuildsOnAFreshBlockhashAndLands()
    {
        using var sender = new TestWallet();
        using var recipient = new TestWallet();
        await _setup.FundAsync(sender, ChainSetup.Sol);
        var adapter = new SolanaChainAdapter(chain.Http);
        var built = (SolanaUnsignedTransaction)await adapter.BuildAsync(chain.Endpoint, new NativeTransferRequest(sender.Address, recipient.Address, 3_000_000), TransactionBuildOptions.Default, CancellationToken.None);
        await chain.ExpireBlockhashAsync();

        var submission = await adapter.SubmitWithRebuildAsync(chain.Endpoint, built, sender, TimeSpan.FromSeconds(30), maxAttempts: 3, CancellationToken.None);

        Assert.Equal(2, submission.Attempts);
        Assert.Equal(2, sender.Signatures);
        Assert.Equal(ConfirmationState.Confirmed, submission.Status.State);
        Assert.NotEqual(built.Blockhash, submission.Transaction.Blockhash);
        Assert.Equal(3_000_000, (long)(await adapter.GetBalanceAsync(chain.Endpoint, recipient.Address, CancellationToken.None)).Amount);
    }

    [Fact]
    public async Task WithoutPreflight_AnExpiredTransactionIsReportedExpiredThenRebuilt()
    {
        using var sender = new TestWallet();
        using var recipient = new TestWallet();
        await _setup.FundAsync(sender, ChainSetup.Sol);
        var adapter = new SolanaChainAdapter(chain.Http, options: new SolanaAdapterOptions { Rpc = new SolanaRpcOptions { SkipPreflight = true } });
        var built = await adapter.BuildAsync(chain.Endpoint, new NativeTransferRequest(sender.Address, recipient.Address, 4_000_000), TransactionBuildOptions.Default, CancellationToken.None);
        await chain.ExpireBlockhashAsync();

        var dropped = await adapter.SubmitAsync(chain.Endpoint, adapter.Sign(built, sender), CancellationToken.None);
        var droppedStatus = await adapter.WaitForConfirmationAsync(chain.Endpoint, dropped, TimeSpan.FromSeconds(30), CancellationToken.None);
        var submission = await adapter.SubmitWithRebuildAsync(chain.Endpoint, built, sender, TimeSpan.FromSeconds(30), maxAttempts: 2, CancellationToken.None);

        Assert.Equal(ConfirmationState.Expired, droppedStatus.State);
        Assert.Equal(2, submission.Attempts);
        Assert.Equal(ConfirmationState.Confirmed, submission.Status.State);
        Assert.Equal(4_000_000, (long)(await adapter.GetBalanceAsync(chain.Endpoint, recipient.Address, CancellationToken.None)).Amount);
    }

    [Fact]
    public async Task SubmitWithRebuild_GivesUpAfterMaxAttempts()
    {
        using var sender = new TestWallet();
        await _setup.FundAsync(sender, ChainSetup.Sol);
        var adapter = new SolanaChainAdapter(chain.Http);
        var built = await adapter.BuildAsync(chain.Endpoint, new NativeTransferRequest(sender.Address, new TestWallet().Address, 1_000_000), TransactionBuildOptions.Default, CancellationToken.None);
        await chain.ExpireBlockhashAsync();

        var error = await Record.ExceptionAsync(() => adapter.SubmitWithRebuildAsync(chain.Endpoint, built, sender, TimeSpan.FromSeconds(30), maxAttempts: 1, CancellationToken.None));

        ChainSetup.AssertChainError(error, ChainErrorKind.Stale, ChainErrorCodes.BlockhashExpired);
    }

    [Fact]
    public async Task Resubmitting_TheSameSignedBytes_ReturnsTheSameSignature()
    {
        using var sender = new TestWallet();
        await _setup.FundAsync(sender, ChainSetup.Sol);
        var adapter = new SolanaChainAdapter(chain.Http);
        var built = await adapter.BuildAsync(chain.Endpoint, new NativeTransferRequest(sender.Address, new TestWallet().Address, 1_000_000), TransactionBuildOptions.Default, CancellationToken.None);
        var signed = adapter.Sign(built, sender);

        var first = await adapter.SubmitAsync(chain.Endpoint, signed, CancellationToken.None);
        var again = await adapter.SubmitAsync(chain.Endpoint, signed, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal((long)(ChainSetup.Sol - 1_000_000 - 5_000), (long)(await adapter.GetBalanceAsync(chain.Endpoint, sender.Address, CancellationToken.None)).Amount);
    }
}
