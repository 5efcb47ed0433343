using WaiaaS.Adapters.Solana.Tests.Harness;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana.Tests.Chain;

[Collection(LiteSvmChain.Name)]
public sealed class ErrorClassificationTests(LiteSvmRpcFixture chain)
{
    private readonly ChainSetup _setup = new(chain);

    [Fact]
    public async Task NativeTransfer_MoreThanTheBalance_IsPermanentInsufficientFunds()
    {
        using var sender = new TestWallet();
        await _setup.FundAsync(sender, ChainSetup.Sol / 100);
        var adapter = new SolanaChainAdapter(chain.Http);
        var built = await adapter.BuildAsync(chain.Endpoint, new NativeTransferRequest(sender.Address, new TestWallet().Address, 5 * ChainSetup.Sol), TransactionBuildOptions.Default, CancellationToken.None);

        var simulation = await adapter.SimulateAsync(chain.Endpoint, built, CancellationToken.None);
        var error = await Record.ExceptionAsync(() => adapter.SubmitAsync(chain.Endpoint, adapter.Sign(built, sender), CancellationToken.None));

        Assert.False(simulation.Success);
        Assert.Contains(simulation.Logs, l => l.Contains("insufficient lamports", StringComparison.Ordinal));
        ChainSetup.AssertChainError(error, ChainErrorKind.Permanent, ChainErrorCodes.InsufficientFunds);
        Assert.Equal(ChainSetup.Sol / 100, (ulong)(await adapter.GetBalanceAsync(chain.Endpoint, sender.Address, CancellationToken.None)).Amount);
    }

    [Fact]
    public async Task Sending_FromAnUnfundedWallet_IsPermanentInsufficientFunds()
    {
        using var sender = new TestWallet();
        var adapter = new SolanaChainAdapter(chain.Http);
        var built = await adapter.BuildAsync(chain.Endpoint, new NativeTransferRequest(sender.Address, new TestWallet().Address, 1), TransactionBuildOptions.Default, CancellationToken.None);

        var error = await Record.ExceptionAsync(() => adapter.SubmitAsync(chain.Endpoint, adapter.Sign(built, sender), CancellationToken.None));

        ChainSetup.AssertChainError(error, ChainErrorKind.Permanent, ChainErrorCodes.InsufficientFunds);
    }

    [Fact]
    public async Task ATamperedSignature_IsRejectedByTheRuntime()
    {
        using var sender = new TestWallet();
        await _setup.FundAsync(sender, ChainSetup.Sol);
        var adapter = new SolanaChainAdapter(chain.Http);
        var built = await adapter.BuildAsync(chain.Endpoint, new NativeTransferRequest(sender.Address, new TestWallet().Address, 1_000_000), TransactionBuildOptions.Default, CancellationToken.None);
        var signed = adapter.Sign(built, sender);
        var raw = signed.Raw.ToArray();
        raw[10] ^= 0x01;

        var error = await Record.ExceptionAsync(() => adapter.SubmitAsync(chain.Endpoint, signed with { Raw = raw }, CancellationToken.None));

        ChainSetup.AssertChainError(error, ChainErrorKind.Permanent, ChainErrorCodes.InvalidTransaction);
    }

    [Fact]
    public async Task Sign_RefusesASignerThatIsNotTheFeePayer()
    {
        using var sender = new TestWallet();
        using var other = new TestWallet();
        var adapter = new SolanaChainAdapter(chain.Http);
        var built = await adapter.BuildAsync(chain.Endpoint, new NativeTransferRequest(sender.Address, other.Address, 1), TransactionBuildOptions.Default, CancellationToken.None);

        Assert.Throws<ArgumentException>(() => adapter.Sign(built, other));
    }

    [Fact]
    public async Task InvalidAddresses_ArePermanentInvalidAddress()
    {
        var adapter = new SolanaChainAdapter(chain.Http);

        var error = await Record.ExceptionAsync(() => adapter.BuildAsync(chain.Endpoint, new NativeTransferRequest("not-base58-0OIl", new TestWallet().Address, 1), TransactionBuildOptions.Default, CancellationToken.None));

        ChainSetup.AssertChainError(error, ChainErrorKind.Permanent, ChainErrorCodes.InvalidAddress);
        Assert.False(adapter.IsValidAddress("0OIl"));
        Assert.False(adapter.IsValidAddress("2g"));
        Assert.True(adapter.IsValidAddress(new TestWallet().Address));
    }

    [Fact]
    public async Task UnknownMethod_IsAPermanentRpcError()
    {
        var error = await Record.ExceptionAsync(() => chain.Rpc.CallAsync("noSuchMethod", [], CancellationToken.None));

        ChainSetup.AssertChainError(error, ChainErrorKind.Permanent, ChainErrorCodes.RpcInvalidResponse);
    }
}
