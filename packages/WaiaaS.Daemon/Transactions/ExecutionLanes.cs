using System.Collections.Concurrent;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// One lane per (wallet, network): nonce assignment, signing and submission of one wallet's transactions on one network
/// happen one at a time, so concurrent sends get consecutive nonces and a failed submission can give its nonce back.
/// Confirmation waits run outside the lane, in parallel.
/// </summary>
internal sealed class ExecutionLanes
{
    private readonly ConcurrentDictionary<(string Wallet, string Network), SemaphoreSlim> _lanes = new();

    public async Task<T> RunAsync<T>(string walletId, string network, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var lane = _lanes.GetOrAdd((walletId, network), _ => new SemaphoreSlim(1, 1));
        await lane.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            lane.Release();
        }
    }
}
