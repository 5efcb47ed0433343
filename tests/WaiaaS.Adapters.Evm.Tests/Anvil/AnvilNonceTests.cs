using System.Numerics;
using WaiaaS.Adapters.Evm.Nonces;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm.Tests.Anvil;

[Collection(AnvilCollectionDefinition.Name)]
public sealed class AnvilNonceTests(AnvilFixture anvil)
{
    private static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    [Fact]
    public async Task FiftyConcurrentSends_FromOneWallet_AllConfirm_WithConsecutiveNonces()
    {
        var sender = await anvil.NewWalletAsync(10 * Ether);
        var recipient = TestSigner.Random();
        var nonces = new InMemoryEvmNonceManager();

        var sends = await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(() => SendAsync(nonces, sender, recipient.Address, i))));
        var statuses = await Task.WhenAll(sends.Select(s => anvil.Adapter.WaitForConfirmationAsync(anvil.Endpoint, s.Hash, TimeSpan.FromSeconds(120), CancellationToken.None)));

        Assert.All(statuses, s => Assert.Equal(ConfirmationState.Confirmed, s.State));
        Assert.Equal(Enumerable.Range(0, 50).Select(n => (ulong)n), sends.Select(s => s.Nonce).Order());
        Assert.Equal(50, sends.Select(s => s.Hash).Distinct().Count());
        Assert.Equal(50UL, await anvil.Adapter.GetNonceAsync(anvil.Endpoint, sender.Address, CancellationToken.None));
        var expected = Enumerable.Range(1, 50).Aggregate(BigInteger.Zero, (sum, i) => sum + i);
        Assert.Equal(expected, (await anvil.Adapter.GetBalanceAsync(anvil.Endpoint, recipient.Address, CancellationToken.None)).Amount);
    }

    [Fact]
    public async Task RejectedSubmission_ReleasesItsNonce_AndTheNextSendReusesIt()
    {
        var sender = await anvil.NewWalletAsync(Ether);
        var recipient = TestSigner.Random();
        var nonces = new InMemoryEvmNonceManager();
        await SendAsync(nonces, sender, recipient.Address, 1);

        // Built for a valid amount, then changed to more than the wallet holds: the node refuses it at submission.
        var reservation = await Reserve(nonces, sender);
        var built = (EvmUnsignedTransaction)await anvil.Adapter.BuildAsync(anvil.Endpoint, new NativeTransferRequest(sender.Address, recipient.Address, 2), new TransactionBuildOptions(Nonce: reservation.Nonce), CancellationToken.None);
        var tooMuch = built with { Transaction = built.Transaction with { Value = 5 * Ether } };
        var error = await Assert.ThrowsAsync<ChainException>(() => anvil.Adapter.SubmitAsync(anvil.Endpoint, anvil.Adapter.Sign(tooMuch, sender), CancellationToken.None));
        Assert.Equal(ChainErrorKind.Permanent, error.Kind);
        Assert.Equal(ChainErrorCodes.InsufficientFunds, error.Code);
        await nonces.ReleaseAsync(reservation, CancellationToken.None);

        var next = await SendAsync(nonces, sender, recipient.Address, 3);
        await anvil.Adapter.WaitForConfirmationAsync(anvil.Endpoint, next.Hash, TimeSpan.FromSeconds(60), CancellationToken.None);

        Assert.Equal(reservation.Nonce, next.Nonce);
        Assert.Equal(2UL, await anvil.Adapter.GetNonceAsync(anvil.Endpoint, sender.Address, CancellationToken.None));
        Assert.Equal(new BigInteger(4), (await anvil.Adapter.GetBalanceAsync(anvil.Endpoint, recipient.Address, CancellationToken.None)).Amount);
    }

    private Task<EvmNonceReservation> Reserve(InMemoryEvmNonceManager nonces, TestSigner sender) =>
        nonces.ReserveAsync(AnvilFixture.ChainId, sender.Address, async ct => (await anvil.Adapter.GetNonceAsync(anvil.Endpoint, sender.Address, ct))!.Value, CancellationToken.None);

    private async Task<(ulong Nonce, string Hash)> SendAsync(InMemoryEvmNonceManager nonces, TestSigner sender, string recipient, BigInteger amount)
    {
        var reservation = await Reserve(nonces, sender);
        try
        {
            var unsigned = await anvil.Adapter.BuildAsync(anvil.Endpoint, new NativeTransferRequest(sender.Address, recipient, amount), new TransactionBuildOptions(Nonce: reservation.Nonce), CancellationToken.None);
            var hash = await anvil.Adapter.SubmitAsync(anvil.Endpoint, anvil.Adapter.Sign(unsigned, sender), CancellationToken.None);
            await nonces.ConfirmAsync(reservation, CancellationToken.None);
            return (reservation.Nonce, hash);
        }
        catch (ChainException e) when (e.Kind == ChainErrorKind.Permanent)
        {
            await nonces.ReleaseAsync(reservation, CancellationToken.None);
            throw;
        }
    }
}
