using System.Collections.Concurrent;

namespace WaiaaS.Adapters.Evm.Nonces;

/// <summary>An <see cref="IEvmNonceManager"/> that keeps its state in memory (one lock per wallet and chain).</summary>
public sealed class InMemoryEvmNonceManager : IEvmNonceManager
{
    private readonly ConcurrentDictionary<(ulong ChainId, string Address), Slot> _slots = new();

    /// <inheritdoc />
    public async Task<EvmNonceReservation> ReserveAsync(ulong chainId, string address, Func<CancellationToken, Task<ulong>> chainPendingNonce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chainPendingNonce);
        var slot = SlotFor(chainId, address);
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!slot.Initialized)
            {
                slot.Next = await chainPendingNonce(cancellationToken).ConfigureAwait(false);
                slot.Initialized = true;
            }

            ulong nonce;
            if (slot.Released.Count > 0)
            {
                nonce = slot.Released.Min;
                slot.Released.Remove(nonce);
            }
            else
            {
                nonce = slot.Next++;
            }

            slot.Outstanding.Add(nonce);
            return new EvmNonceReservation(chainId, address, nonce);
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task ConfirmAsync(EvmNonceReservation reservation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        var slot = SlotFor(reservation.ChainId, reservation.Address);
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            slot.Outstanding.Remove(reservation.Nonce);
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(EvmNonceReservation reservation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        var slot = SlotFor(reservation.ChainId, reservation.Address);
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!slot.Outstanding.Remove(reservation.Nonce) || reservation.Nonce >= slot.Next)
            {
                return;
            }

            slot.Released.Add(reservation.Nonce);
            while (slot.Next > 0 && slot.Released.Remove(slot.Next - 1))
            {
                slot.Next--;
            }
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task SyncAsync(ulong chainId, string address, ulong chainPendingNonce, CancellationToken cancellationToken)
    {
        var slot = SlotFor(chainId, address);
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (slot.Outstanding.Count == 0)
            {
                slot.Next = chainPendingNonce;
                slot.Released.Clear();
            }
            else
            {
                slot.Next = Math.Max(slot.Next, chainPendingNonce);
                slot.Released.RemoveWhere(n => n < chainPendingNonce);
            }

            slot.Initialized = true;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private Slot SlotFor(ulong chainId, string address)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        return _slots.GetOrAdd((chainId, address.ToLowerInvariant()), static _ => new Slot());
    }

    private sealed class Slot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public bool Initialized { get; set; }

        public ulong Next { get; set; }

        public SortedSet<ulong> Released { get; } = [];

        public HashSet<ulong> Outstanding { get; } = [];
    }
}
