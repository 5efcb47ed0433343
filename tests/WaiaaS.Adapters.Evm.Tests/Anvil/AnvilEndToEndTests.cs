using System.Numerics;
using WaiaaS.Adapters.Evm.Abi;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm.Tests.Anvil;

[Collection(AnvilCollectionDefinition.Name)]
public sealed class AnvilEndToEndTests(AnvilFixture anvil)
{
    private static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    [Fact]
    public async Task NativeTransfer_MovesExactlyTheAmount_AndThePayerPaysGas()
    {
        var sender = await anvil.NewWalletAsync(2 * Ether);
        var recipient = TestSigner.Random();
        var amount = Ether / 4;

        var status = await anvil.SendAndConfirmAsync(new NativeTransferRequest(sender.Address, recipient.Address, amount), sender);

        Assert.NotNull(status.Block);
        Assert.Equal(amount, (await anvil.Adapter.GetBalanceAsync(anvil.Endpoint, recipient.Address, CancellationToken.None)).Amount);
        var left = (await anvil.Adapter.GetBalanceAsync(anvil.Endpoint, sender.Address, CancellationToken.None)).Amount;
        Assert.True(left < (2 * Ether) - amount, "the sender paid no gas");
        Assert.True(left > (2 * Ether) - amount - (Ether / 100), "the sender paid far more than gas");
        Assert.Equal(1UL, await anvil.Adapter.GetNonceAsync(anvil.Endpoint, sender.Address, CancellationToken.None));
    }

    [Fact]
    public async Task TokenTransfer_MovesTokens_AndAssetsListsThem()
    {
        var sender = await anvil.NewWalletAsync(Ether, tokens: 5_000_000);
        var recipient = TestSigner.Random();

        await anvil.SendAndConfirmAsync(new TokenTransferRequest(sender.Address, recipient.Address, anvil.Token, 1_250_000), sender);

        var senderAssets = await anvil.Adapter.GetAssetsAsync(anvil.Endpoint, sender.Address, [anvil.Token], CancellationToken.None);
        var recipientAssets = await anvil.Adapter.GetAssetsAsync(anvil.Endpoint, recipient.Address, [anvil.Token], CancellationToken.None);
        Assert.Null(senderAssets[0].Token);
        Assert.Equal("ETH", senderAssets[0].Symbol);
        Assert.Equal(new AssetBalance(anvil.Token, 3_750_000, AnvilFixture.TokenDecimals, "WTT"), senderAssets[1]);
        Assert.Equal(new AssetBalance(anvil.Token, 1_250_000, AnvilFixture.TokenDecimals, "WTT"), recipientAssets[1]);
        Assert.Equal(BigInteger.Zero, recipientAssets[0].Amount);
    }

    [Fact]
    public async Task Approve_SetsTheAllowance_WhichTheSpenderCanUse()
    {
        var owner = await anvil.NewWalletAsync(Ether, tokens: 900);
        var spender = await anvil.NewWalletAsync(Ether);
        var target = TestSigner.Random();

        await anvil.SendAndConfirmAsync(new ApproveRequest(owner.Address, anvil.Token, spender.Address, 600), owner);
        Assert.Equal(new BigInteger(600), await anvil.Adapter.GetAllowanceAsync(anvil.Endpoint, anvil.Token, owner.Address, spender.Address, CancellationToken.None));

        // transferFrom(owner, target, 400) as a generic contract call from the spender.
        var data = (byte[])[0x23, 0xb8, 0x72, 0xdd, .. AbiCodec.AddressWord(owner.Address), .. AbiCodec.AddressWord(target.Address), .. AbiCodec.UintWord(400)];
        await anvil.SendAndConfirmAsync(new ContractCallRequest(spender.Address, anvil.Token, data, 0), spender);

        Assert.Equal(new BigInteger(200), await anvil.Adapter.GetAllowanceAsync(anvil.Endpoint, anvil.Token, owner.Address, spender.Address, CancellationToken.None));
        Assert.Equal(new BigInteger(500), (await anvil.Adapter.GetTokenBalanceAsync(anvil.Endpoint, owner.Address, anvil.Token, CancellationToken.None)).Amount);
        Assert.Equal(new BigInteger(400), (await anvil.Adapter.GetTokenBalanceAsync(anvil.Endpoint, target.Address, anvil.Token, CancellationToken.None)).Amount);
    }

    [Fact]
    public async Task Build_UsesEip1559_WithTheGasMargin_AndParsesBack()
    {
        var sender = await anvil.NewWalletAsync(Ether);
        var recipient = TestSigner.Random();

        var unsigned = await anvil.Adapter.BuildAsync(anvil.Endpoint, new TokenTransferRequest(sender.Address, recipient.Address, anvil.Token, 0), TransactionBuildOptions.Default, CancellationToken.None);
        var plain = await anvil.Adapter.BuildAsync(anvil.Endpoint, new NativeTransferRequest(sender.Address, recipient.Address, 1), TransactionBuildOptions.Default, CancellationToken.None);
        var signed = anvil.Adapter.Sign(unsigned, sender);
        var parsed = anvil.Adapter.ParseRawTransaction(signed.Raw.Span);

        Assert.Equal("eip1559", unsigned.Fee.Details["type"]);
        Assert.Equal("25200", plain.Fee.Details["gasLimit"]); // 21000 × 1.2
        Assert.Equal(sender.Address, parsed.From);
        Assert.True(parsed.IsSigned);
        var operation = Assert.Single(parsed.Operations);
        Assert.Equal(new ParsedOperation("token_transfer", recipient.Address, BigInteger.Zero, anvil.Token, anvil.Token), operation);
    }

    [Fact]
    public async Task Simulate_RevertingTokenTransfer_ReportsFailure_AndAValidOneSucceeds()
    {
        var sender = await anvil.NewWalletAsync(Ether, tokens: 10);
        var recipient = TestSigner.Random();
        var ok = (EvmUnsignedTransaction)await anvil.Adapter.BuildAsync(anvil.Endpoint, new TokenTransferRequest(sender.Address, recipient.Address, anvil.Token, 10), TransactionBuildOptions.Default, CancellationToken.None);
        var tooMuch = ok with { Transaction = ok.Transaction with { Data = Erc20Data(recipient.Address, 11) } };

        var good = await anvil.Adapter.SimulateAsync(anvil.Endpoint, ok, CancellationToken.None);
        var bad = await anvil.Adapter.SimulateAsync(anvil.Endpoint, tooMuch, CancellationToken.None);

        Assert.True(good.Success, good.Error);
        Assert.False(bad.Success);
        Assert.Contains("exceeds balance", bad.Error);
    }

    [Fact]
    public async Task Build_AgainstANonTokenAddress_IsTokenNotFound()
    {
        var sender = await anvil.NewWalletAsync(Ether);

        var error = await Assert.ThrowsAsync<ChainException>(() => anvil.Adapter.BuildAsync(
            anvil.Endpoint, new TokenTransferRequest(sender.Address, sender.Address, TestSigner.Random().Address, 1), TransactionBuildOptions.Default, CancellationToken.None));

        Assert.Equal(ChainErrorKind.Permanent, error.Kind);
        Assert.Equal(ChainErrorCodes.TokenNotFound, error.Code);
    }

    [Fact]
    public async Task RevertedOnChain_IsReportedAsFailed_WithItsBlock()
    {
        var sender = await anvil.NewWalletAsync(Ether, tokens: 10);
        var recipient = TestSigner.Random();
        var ok = (EvmUnsignedTransaction)await anvil.Adapter.BuildAsync(anvil.Endpoint, new TokenTransferRequest(sender.Address, recipient.Address, anvil.Token, 10), TransactionBuildOptions.Default, CancellationToken.None);

        // Same gas limit as the valid transfer, but for more than the balance: it is mined and reverts.
        var tooMuch = ok with { Transaction = ok.Transaction with { Data = Erc20Data(recipient.Address, 11) } };
        var hash = await anvil.Adapter.SubmitAsync(anvil.Endpoint, anvil.Adapter.Sign(tooMuch, sender), CancellationToken.None);
        var status = await anvil.Adapter.WaitForConfirmationAsync(anvil.Endpoint, hash, TimeSpan.FromSeconds(60), CancellationToken.None);

        Assert.Equal(ConfirmationState.Failed, status.State);
        Assert.NotNull(status.Block);
        Assert.Equal(BigInteger.Zero, (await anvil.Adapter.GetTokenBalanceAsync(anvil.Endpoint, recipient.Address, anvil.Token, CancellationToken.None)).Amount);
    }

    [Fact]
    public async Task UnknownHash_IsNotFound()
    {
        var status = await anvil.Adapter.GetConfirmationAsync(anvil.Endpoint, "0x" + new string('a', 64), CancellationToken.None);

        Assert.Equal(ConfirmationState.NotFound, status.State);
    }

    private static byte[] Erc20Data(string to, BigInteger amount) => Erc20.EncodeTransfer(to, amount);
}
