using WaiaaS.Adapters.Solana.Programs;
using WaiaaS.Adapters.Solana.Tests.Harness;
using WaiaaS.Adapters.Solana.Transactions;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana.Tests.Transactions;

public sealed class ParseRawTransactionTests : IDisposable
{
    private static readonly SolanaAddress Payer = TestKeys.Address("payer");
    private static readonly string Blockhash = TestKeys.Address("blockhash").ToString();
    private readonly HttpClient _http = TestHttp.Create();

    [Fact]
    public void UnsignedWireTransaction_DecodesTransferComputeBudgetAndUnknownProgram()
    {
        var adapter = new SolanaChainAdapter(_http);
        var unknownProgram = TestKeys.Address("some program");
        var message = MessageCompiler.Compile(
            Payer,
            [
                ComputeBudgetProgram.SetComputeUnitPrice(5),
                SystemProgram.Transfer(Payer, TestKeys.Address("to"), 42),
                new SolanaInstruction(unknownProgram, [AccountMeta.Writable(Payer, isSigner: true)], new byte[] { 9, 9 }),
            ],
            Blockhash,
            MessageVersion.V0);
        var raw = SolanaTransaction.WithEmptySignatures(message).Serialize();

        var parsed = adapter.ParseRawTransaction(raw);

        Assert.Equal(ChainType.Solana, parsed.Chain);
        Assert.False(parsed.IsSigned);
        Assert.Equal(Payer.ToString(), parsed.From);
        Assert.Equal(
            [
                new ParsedOperation("contract_call", null, null, null, ProgramIds.ComputeBudget.ToString()),
                new ParsedOperation("native_transfer", TestKeys.Address("to").ToString(), 42, null, ProgramIds.System.ToString()),
                new ParsedOperation("unknown", null, null, null, unknownProgram.ToString()),
            ],
            parsed.Operations);
    }

    [Fact]
    public void BareMessageBytes_AreAcceptedToo()
    {
        var adapter = new SolanaChainAdapter(_http);
        var message = MessageCompiler.Compile(Payer, [SystemProgram.Transfer(Payer, TestKeys.Address("to"), 7)], Blockhash).Serialize();

        var parsed = adapter.ParseRawTransaction(message);

        Assert.Equal("native_transfer", parsed.Operations.Single().Kind);
        Assert.False(parsed.IsSigned);
    }

    [Theory]
    [InlineData("")]
    [InlineData("00")]
    [InlineData("01ffff")]
    [InlineData("deadbeef")]
    public void Garbage_IsInvalidTransaction(string hex)
    {
        var adapter = new SolanaChainAdapter(_http);

        var error = Record.Exception(() => adapter.ParseRawTransaction(Convert.FromHexString(hex)));

        ChainSetup.AssertChainError(error, ChainErrorKind.Permanent, ChainErrorCodes.InvalidTransaction);
    }

    [Fact]
    public async Task Nonce_IsNullOnSolana()
    {
        var adapter = new SolanaChainAdapter(_http);
        var endpoint = new ChainEndpoint(new NetworkInfo("x", ChainType.Solana, NetworkEnvironment.Testnet, null, null, null), LoopbackStub.ClosedEndpoint());

        Assert.Null(await adapter.GetNonceAsync(endpoint, Payer.ToString(), CancellationToken.None));
    }

    public void Dispose() => _http.Dispose();
}
