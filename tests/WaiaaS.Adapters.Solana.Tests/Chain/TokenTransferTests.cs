using System.Buffers.Binary;
using System.Numerics;
using WaiaaS.Adapters.Solana.Programs;
using WaiaaS.Adapters.Solana.Tests.Harness;
using WaiaaS.Adapters.Solana.Transactions;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana.Tests.Chain;

[Collection(LiteSvmChain.Name)]
public sealed class TokenTransferTests(LiteSvmRpcFixture chain)
{
    private readonly ChainSetup _setup = new(chain);

    public static TheoryData<string> TokenPrograms() => new() { "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA", "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb" };

    public static TheoryData<string, MessageVersion> TokenProgramsAndVersions() => new()
    {
        { "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA", MessageVersion.Legacy },
        { "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb", MessageVersion.Legacy },
        { "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA", MessageVersion.V0 },
        { "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb", MessageVersion.V0 },
    };

    [Theory]
    [MemberData(nameof(TokenProgramsAndVersions))]
    public async Task TokenTransfer_CreatesTheRecipientAccountOnceAndMovesTheAmount(string tokenProgram, MessageVersion version)
    {
        var program = SolanaAddress.Parse(tokenProgram);
        using var owner = new TestWallet();
        using var recipient = new TestWallet();
        await _setup.FundAsync(owner, 5 * ChainSetup.Sol);
        var mint = await _setup.CreateMintAsync(owner, program, decimals: 6);
        await _setup.MintToAsync(owner, mint, program, owner.Key, 1_000_000_000);
        var adapter = new SolanaChainAdapter(chain.Http, options: new SolanaAdapterOptions { DefaultComputeUnitPrice = 10_000, MessageVersion = version });
        var request = new TokenTransferRequest(owner.Address, recipient.Address, mint.ToString(), 250_000_000);

        var solBefore = (ulong)(await adapter.GetBalanceAsync(chain.Endpoint, owner.Address, CancellationToken.None)).Amount;
        var first = await adapter.BuildAsync(chain.Endpoint, request, TransactionBuildOptions.Default, CancellationToken.None);
        var firstParsed = adapter.ParseRawTransaction(first.SigningPayload.Span);
        var firstStatus = await SendAsync(adapter, first, owner);
        var second = await adapter.BuildAsync(chain.Endpoint, request with { Amount = 1 }, TransactionBuildOptions.Default, CancellationToken.None);
        var secondStatus = await SendAsync(adapter, second, owner);

        Assert.Equal(ConfirmationState.Confirmed, firstStatus.State);
        Assert.Equal(ConfirmationState.Confirmed, secondStatus.State);
        var rent = await chain.Rpc.GetMinimumBalanceForRentExemptionAsync(program == ProgramIds.Token2022 ? 170 : 165, CancellationToken.None);
        Assert.Equal(rent.ToString(), first.Fee.Details["accountRent"]);
        Assert.Equal("0", second.Fee.Details["accountRent"]);
        Assert.Equal(
            ["contract_call", "contract_call", "token_transfer"],
            firstParsed.Operations.Select(o => o.Kind));
        Assert.Equal((recipient.Address, (BigInteger?)250_000_000, mint.ToString(), tokenProgram), (firstParsed.Operations[2].To, firstParsed.Operations[2].Amount, firstParsed.Operations[2].Token, firstParsed.Operations[2].Program));
        Assert.DoesNotContain(adapter.ParseRawTransaction(second.SigningPayload.Span).Operations, o => o.Program == ProgramIds.AssociatedToken.ToString());
        var recipientAssets = await adapter.GetAssetsAsync(chain.Endpoint, recipient.Address, [], CancellationToken.None);
        var ownerAssets = await adapter.GetAssetsAsync(chain.Endpoint, owner.Address, [], CancellationToken.None);
        Assert.Equal(new AssetBalance(mint.ToString(), 250_000_001, 6, null), recipientAssets.Single(a => a.Token is not null));
        Assert.Equal(new AssetBalance(mint.ToString(), 749_999_999, 6, null), ownerAssets.Single(a => a.Token is not null));
        Assert.Equal(0, (long)recipientAssets[0].Amount); // the owner paid the account's rent, not the recipient
        Assert.Equal(solBefore - (ulong)first.Fee.Total - (ulong)second.Fee.Total, (ulong)ownerAssets[0].Amount);
    }

    [Theory]
    [MemberData(nameof(TokenPrograms))]
    public async Task Approve_SetsTheDelegateAndAllowance(string tokenProgram)
    {
        var program = SolanaAddress.Parse(tokenProgram);
        using var owner = new TestWallet();
        using var spender = new TestWallet();
        await _setup.FundAsync(owner, ChainSetup.Sol);
        var mint = await _setup.CreateMintAsync(owner, program, decimals: 2);
        await _setup.MintToAsync(owner, mint, program, owner.Key, 10_000);
        var adapter = new SolanaChainAdapter(chain.Http);

        var built = await adapter.BuildAsync(chain.Endpoint, new ApproveRequest(owner.Address, mint.ToString(), spender.Address, 1_234, Decimals: 2), TransactionBuildOptions.Default, CancellationToken.None);
        var status = await SendAsync(adapter, built, owner);

        Assert.Equal(ConfirmationState.Confirmed, status.State);
        var account = await chain.Rpc.GetAccountInfoAsync(AssociatedTokenAccountProgram.FindAddress(owner.Key, mint, program).ToString(), CancellationToken.None);
        var data = account!.Data.Span;
        Assert.Equal(1u, BinaryPrimitives.ReadUInt32LittleEndian(data[72..])); // delegate present
        Assert.Equal(spender.Key, new SolanaAddress(data[76..108]));
        Assert.Equal(1_234UL, BinaryPrimitives.ReadUInt64LittleEndian(data[121..]));
        var parsed = adapter.ParseRawTransaction(built.SigningPayload.Span).Operations.Single();
        Assert.Equal(("approve", spender.Address, (BigInteger?)1_234), (parsed.Kind, parsed.To, parsed.Amount));
    }

    [Fact]
    public async Task TokenTransfer_MoreThanHeld_IsPermanentInsufficientFunds()
    {
        using var owner = new TestWallet();
        await _setup.FundAsync(owner, ChainSetup.Sol);
        var mint = await _setup.CreateMintAsync(owner, ProgramIds.Token, decimals: 0);
        await _setup.MintToAsync(owner, mint, ProgramIds.Token, owner.Key, 5);
        var adapter = new SolanaChainAdapter(chain.Http);
        var built = await adapter.BuildAsync(chain.Endpoint, new TokenTransferRequest(owner.Address, new TestWallet().Address, mint.ToString(), 6), TransactionBuildOptions.Default, CancellationToken.None);

        var simulation = await adapter.SimulateAsync(chain.Endpoint, built, CancellationToken.None);
        var error = await Record.ExceptionAsync(() => adapter.SubmitAsync(chain.Endpoint, adapter.Sign(built, owner), CancellationToken.None));

        Assert.False(simulation.Success);
        ChainSetup.AssertChainError(error, ChainErrorKind.Permanent, ChainErrorCodes.InsufficientFunds);
    }

    [Fact]
    public async Task TokenTransfer_OfSomethingThatIsNotAMint_IsTokenNotFound()
    {
        using var owner = new TestWallet();
        await _setup.FundAsync(owner, ChainSetup.Sol);
        var adapter = new SolanaChainAdapter(chain.Http);

        var error = await Record.ExceptionAsync(() => adapter.BuildAsync(chain.Endpoint, new TokenTransferRequest(owner.Address, owner.Address, owner.Address, 1), TransactionBuildOptions.Default, CancellationToken.None));

        ChainSetup.AssertChainError(error, ChainErrorKind.Permanent, ChainErrorCodes.TokenNotFound);
    }

    private async Task<ConfirmationStatus> SendAsync(SolanaChainAdapter adapter, UnsignedTransaction built, TestWallet signer)
    {
        var signature = await adapter.SubmitAsync(chain.Endpoint, adapter.Sign(built, signer), CancellationToken.None);
        return await adapter.WaitForConfirmationAsync(chain.Endpoint, signature, TimeSpan.FromSeconds(30), CancellationToken.None);
    }
}
