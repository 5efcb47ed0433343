namespace WaiaaS.Adapters.Evm.Nonces;

/// <summary>
/// Hands out nonces per (chain id, address) so that concurrent sends from one wallet get consecutive nonces.
/// Storage-agnostic: the in-memory implementation serves tests and single runs; the daemon persists the same contract.
/// </summary>
/// <remarks>
/// The life of a reservation: <see cref="ReserveAsync"/> → build, sign, submit →
/// <see cref="ConfirmAsync"/> once the node accepted the transaction (the nonce is consumed), or
/// <see cref="ReleaseAsync"/> when the transaction was certainly never broadcast (build or signing failed, or the node
/// rejected it permanently); the next reservation then reuses the lowest released nonce, so no gap is left.
/// After a transient submission failure the outcome is unknown: resubmit the same signed bytes (same hash) rather
/// than release. After a stale failure (nonce too low), release and call <see cref="SyncAsync"/> with the chain's
/// pending nonce before reserving again.
/// </remarks>
public interface IEvmNonceManager
{
    /// <summary>
    /// Reserves the next nonce. When the manager holds no state for the pair yet, it asks
    /// <paramref name="chainPendingNonce"/> (the chain's <c>pending</c> transaction count) once.
    /// </summary>
    Task<EvmNonceReservation> ReserveAsync(ulong chainId, string address, Func<CancellationToken, Task<ulong>> chainPendingNonce, CancellationToken cancellationToken);

    /// <summary>Marks a reserved nonce as used by a broadcast transaction.</summary>
    Task ConfirmAsync(EvmNonceReservation reservation, CancellationToken cancellationToken);

    /// <summary>Returns a reserved nonce whose transaction was never broadcast, so the next reservation reuses it.</summary>
    Task ReleaseAsync(EvmNonceReservation reservation, CancellationToken cancellationToken);

    /// <summary>
    /// Reconciles with the chain's pending nonce. With no reservation outstanding the chain is authoritative (the next
    /// nonce becomes <paramref name="chainPendingNonce"/>); otherwise the next nonce only moves up, and released nonces
    /// below the chain's are dropped.
    /// </summary>
    Task SyncAsync(ulong chainId, string address, ulong chainPendingNonce, CancellationToken cancellationToken);
}
