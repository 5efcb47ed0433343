using WaiaaS.Adapters.Evm.Nonces;

namespace WaiaaS.Adapters.Evm.Tests.Nonces;

public sealed class InMemoryEvmNonceManagerTests
{
    private const string Wallet = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    private readonly InMemoryEvmNonceManager _manager = new();
    private int _chainQueries;

    [Fact]
    public async Task Reserve_ConcurrentCalls_GetConsecutiveNonces_AndAskTheChainOnce()
    {
        var reservations = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => Reserve())));

        Assert.Equal(Enumerable.Range(7, 50).Select(n => (ulong)n), reservations.Select(r => r.Nonce).Order());
        Assert.Equal(1, _chainQueries);
    }

    [Fact]
    public async Task Release_OfAFailedSubmission_IsReusedByTheNextReservation()
    {
        var first = await Reserve();
        var second = await Reserve();
        var third = await Reserve();
        await _manager.ConfirmAsync(first, CancellationToken.None);
        await _manager.ConfirmAsync(third, CancellationToken.None);

        await _manager.ReleaseAsync(second, CancellationToken.None);
        var reused = await Reserve();
        var next = await Reserve();

        Assert.Equal(second.Nonce, reused.Nonce);
        Assert.Equal(third.Nonce + 1, next.Nonce);
    }

    [Fact]
    public async Task Release_OfTheHighest_MovesNextBack()
    {
        var first = await Reserve();
        await _manager.ConfirmAsync(first, CancellationToken.None);
        var second = await Reserve();

        await _manager.ReleaseAsync(second, CancellationToken.None);
        await _manager.ReleaseAsync(second, CancellationToken.None); // a second release is ignored

        Assert.Equal(second.Nonce, (await Reserve()).Nonce);
        Assert.Equal(second.Nonce + 1, (await Reserve()).Nonce);
    }

    [Fact]
    public async Task Sync_WithNothingOutstanding_TakesTheChainsNonce()
    {
        var first = await Reserve();
        await _manager.ConfirmAsync(first, CancellationToken.None);

        await _manager.SyncAsync(31337, Wallet, 3, CancellationToken.None);

        Assert.Equal(3UL, (await Reserve()).Nonce);
    }

    [Fact]
    public async Task Sync_WithReservationsOutstanding_OnlyMovesUp_AndDropsConsumedReleases()
    {
        var a = await Reserve(); // 7
        var b = await Reserve(); // 8
        _ = await Reserve(); // 9, outstanding
        await _manager.ConfirmAsync(a, CancellationToken.None);
        await _manager.ReleaseAsync(b, CancellationToken.None);

        await _manager.SyncAsync(31337, Wallet, 5, CancellationToken.None);
        Assert.Equal(8UL, (await Reserve()).Nonce); // lower chain nonce ignored while sends are in flight

        await _manager.SyncAsync(31337, Wallet, 20, CancellationToken.None);
        Assert.Equal(20UL, (await Reserve()).Nonce);
    }

    [Fact]
    public async Task Reserve_WalletsAndChains_AreIndependent_AndAddressCaseDoesNotMatter()
    {
        var upper = await Reserve();
        var lower = await _manager.ReserveAsync(31337, Wallet.ToLowerInvariant(), ChainNonce, CancellationToken.None);
        var otherChain = await _manager.ReserveAsync(1, Wallet, ChainNonce, CancellationToken.None);
        var otherWallet = await _manager.ReserveAsync(31337, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", ChainNonce, CancellationToken.None);

        Assert.Equal(upper.Nonce + 1, lower.Nonce);
        Assert.Equal(7UL, otherChain.Nonce);
        Assert.Equal(7UL, otherWallet.Nonce);
    }

    private Task<EvmNonceReservation> Reserve() => _manager.ReserveAsync(31337, Wallet, ChainNonce, CancellationToken.None);

    private Task<ulong> ChainNonce(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _chainQueries);
        return Task.FromResult(7UL);
    }
}
