using WaiaaS.Adapters.Solana.Programs;
using WaiaaS.Adapters.Solana.Tests.Harness;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana.Tests.Chain;

[Collection(LiteSvmChain.Name)]
public sealed class ContractCallTests(LiteSvmRpcFixture chain)
{
    private readonly ChainSetup _setup = new(chain);

    [Fact]
    public async Task ContractCall_InvokesTheProgramWithTheGivenAccountsAndData()
    {
        using var wallet = new TestWallet();
        await _setup.FundAsync(wallet, ChainSetup.Sol);
        var adapter = new SolanaChainAdapter(chain.Http);
        var request = new ContractCallRequest(wallet.Address, ProgramIds.Memo.ToString(), "agent note"u8.ToArray(), 0, [new ContractAccount(wallet.Address, IsSigner: true, IsWritable: false)]);

        var built = await adapter.BuildAsync(chain.Endpoint, request, TransactionBuildOptions.Default, CancellationToken.None);
        var simulation = await adapter.SimulateAsync(chain.Endpoint, built, CancellationToken.None);
        var signature = await adapter.SubmitAsync(chain.Endpoint, adapter.Sign(built, wallet), CancellationToken.None);
        var status = await adapter.WaitForConfirmationAsync(chain.Endpoint, signature, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.True(simulation.Success, simulation.Error);
        Assert.Contains(simulation.Logs, l => l.Contains("agent note", StringComparison.Ordinal));
        Assert.Equal(ConfirmationState.Confirmed, status.State);
    }

    [Fact]
    public async Task ContractCall_ThatFails_IsReportedBySimulationAndRefusedAtSubmit()
    {
        using var wallet = new TestWallet();
        await _setup.FundAsync(wallet, ChainSetup.Sol);
        var adapter = new SolanaChainAdapter(chain.Http);
        // The memo program rejects invalid UTF-8.
        var request = new ContractCallRequest(wallet.Address, ProgramIds.Memo.ToString(), new byte[] { 0xff, 0xfe }, 0, []);

        var built = await adapter.BuildAsync(chain.Endpoint, request, TransactionBuildOptions.Default, CancellationToken.None);
        var simulation = await adapter.SimulateAsync(chain.Endpoint, built, CancellationToken.None);
        var error = await Record.ExceptionAsync(() => adapter.SubmitAsync(chain.Endpoint, adapter.Sign(built, wallet), CancellationToken.None));

        Assert.False(simulation.Success);
        Assert.NotNull(simulation.Error);
        ChainSetup.AssertChainError(error, ChainErrorKind.Permanent, ChainErrorCodes.SimulationFailed);
    }

    [Fact]
    public async Task ContractCall_WithValueOrAForeignSigner_IsUnsupported()
    {
        using var wallet = new TestWallet();
        var adapter = new SolanaChainAdapter(chain.Http);

        var withValue = await Record.ExceptionAsync(() => adapter.BuildAsync(chain.Endpoint, new ContractCallRequest(wallet.Address, ProgramIds.Memo.ToString(), new byte[] { 1 }, 5), TransactionBuildOptions.Default, CancellationToken.None));
        var foreignSigner = await Record.ExceptionAsync(() => adapter.BuildAsync(
            chain.Endpoint,
            new ContractCallRequest(wallet.Address, ProgramIds.Memo.ToString(), new byte[] { 1 }, 0, [new ContractAccount(new TestWallet().Address, true, false)]),
            TransactionBuildOptions.Default,
            CancellationToken.None));

        ChainSetup.AssertChainError(withValue, ChainErrorKind.Permanent, ChainErrorCodes.Unsupported);
        ChainSetup.AssertChainError(foreignSigner, ChainErrorKind.Permanent, ChainErrorCodes.Unsupported);
    }
}
