using WaiaaS.Adapters.Solana.Programs;
using WaiaaS.Adapters.Solana.Transactions;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana.Tests.Harness;

/// <summary>
/// Test set-up on the LiteSVM server through the adapter's own instruction builders: funding by requestAirdrop, and
/// a test SPL mint (CreateAccount + InitializeMint2, then create-ATA + MintTo) signed by more than one key.
/// </summary>
internal sealed class ChainSetup(LiteSvmRpcFixture chain)
{
    public const ulong Sol = 1_000_000_000;

    public async Task FundAsync(TestWallet wallet, ulong lamports)
    {
        var signature = await chain.Rpc.RequestAirdropAsync(wallet.Address, lamports, CancellationToken.None);
        await WaitLandedAsync(signature);
    }

    public async Task<SolanaAddress> CreateMintAsync(TestWallet authority, SolanaAddress tokenProgram, byte decimals)
    {
        using var mint = new TestWallet();
        var rent = await chain.Rpc.GetMinimumBalanceForRentExemptionAsync(TokenProgram.MintSize, CancellationToken.None);
        await SendAsync(
            [authority, mint],
            SystemProgram.CreateAccount(authority.Key, mint.Key, rent, TokenProgram.MintSize, tokenProgram),
            TokenProgram.InitializeMint2(mint.Key, decimals, authority.Key, null, tokenProgram));
        return mint.Key;
    }

    public async Task MintToAsync(TestWallet authority, SolanaAddress mint, SolanaAddress tokenProgram, SolanaAddress owner, ulong amount)
    {
        await SendAsync(
            [authority],
            AssociatedTokenAccountProgram.CreateIdempotent(authority.Key, owner, mint, tokenProgram),
            TokenProgram.MintTo(mint, AssociatedTokenAccountProgram.FindAddress(owner, mint, tokenProgram), authority.Key, amount, tokenProgram));
    }

    public async Task SendAsync(IReadOnlyList<TestWallet> signers, params SolanaInstruction[] instructions)
    {
        var blockhash = await chain.Rpc.GetLatestBlockhashAsync(CancellationToken.None);
        var message = MessageCompiler.Compile(signers[0].Key, instructions, blockhash.Blockhash);
        var bytes = message.Serialize();
        var signatures = message.AccountKeys.Take(message.Header.RequiredSignatures)
            .Select(key => (ReadOnlyMemory<byte>)signers.Single(s => s.Key == key).Sign(bytes))
            .ToList();
        var signature = await chain.Rpc.SendTransactionAsync(new SolanaTransaction(signatures, bytes).Serialize(), CancellationToken.None);
        await WaitLandedAsync(signature);
    }

    private async Task WaitLandedAsync(string signature)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var status = (await chain.Rpc.GetSignatureStatusesAsync([signature], deadline.Token))[0];
            if (status is not null)
            {
                Assert.True(status.Error is null, $"set-up transaction failed: {status.Error?.ToJsonString()}");
                return;
            }

            await Task.Delay(50, deadline.Token);
        }
    }

    public static ChainException AssertChainError(Exception? e, ChainErrorKind kind, string code)
    {
        var chainError = Assert.IsType<ChainException>(e);
        Assert.True(chainError.Kind == kind && chainError.Code == code, $"expected {kind}/{code}, got {chainError.Kind}/{chainError.Code}: {chainError.Message}");
        return chainError;
    }
}
