using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.Chains;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// The durable per-wallet, per-network EVM nonce cursor (<c>evm_nonces</c>). Always used inside the wallet's
/// <see cref="ExecutionLanes"/> lane. The first use after a start reconciles with the chain: the next nonce is the larger
/// of the chain's pending nonce and one past the highest nonce a signed, unsettled transaction of ours holds. A nonce is
/// written to the transaction row in the same DB transaction that advances the cursor, before anything is signed.
/// </summary>
internal sealed class EvmNonceManager(IDbContextFactory<WaiaasDbContext> contexts, ChainRouter chains, TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Wallet, string Network), bool> _reconciled = new();

    /// <summary>Assigns the next nonce to <paramref name="transactionId"/> (recorded on its row) and advances the cursor.</summary>
    public async Task<ulong> ReserveAsync(WalletEntity wallet, ChainEndpoint endpoint, string transactionId, CancellationToken cancellationToken)
    {
        var network = endpoint.Network.Id;
        ulong? chainNonce = null;
        if (!_reconciled.ContainsKey((wallet.Id, network)))
        {
            chainNonce = await chains.Adapter(wallet.Chain).GetNonceAsync(endpoint, wallet.Address, cancellationToken).ConfigureAwait(false) ?? 0;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var cursor = await db.EvmNonces.FirstOrDefaultAsync(n => n.WalletId == wallet.Id && n.Network == network, cancellationToken).ConfigureAwait(false);
        if (cursor is null)
        {
            cursor = new EvmNonceEntity { WalletId = wallet.Id, Network = network };
            db.EvmNonces.Add(cursor);
        }

        if (chainNonce is { } fromChain)
        {
            var inFlight = await HighestInFlightNonceAsync(db, wallet.Id, network, transactionId, cancellationToken).ConfigureAwait(false);
            cursor.NextNonce = (long)Math.Max(fromChain, inFlight is { } n ? (ulong)n + 1 : 0);
        }

        var nonce = cursor.NextNonce;
        cursor.NextNonce = nonce + 1;
        cursor.UpdatedAt = WaiaasDatabase.UnixNow(time);
        var row = await db.Transactions.FirstAsync(t => t.Id == transactionId, cancellationToken).ConfigureAwait(false);
        row.Nonce = nonce;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _reconciled[(wallet.Id, network)] = true;
        return (ulong)nonce;
    }

    /// <summary>
    /// Gives back <paramref name="nonce"/> of a transaction that was never submitted (it failed before reaching the chain):
    /// the cursor steps back if nothing was assigned after it, which the lane guarantees.
    /// </summary>
    public async Task ReleaseAsync(string walletId, string network, string transactionId, ulong nonce, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var cursor = await db.EvmNonces.FirstOrDefaultAsync(n => n.WalletId == walletId && n.Network == network, cancellationToken).ConfigureAwait(false);
        if (cursor is not null && cursor.NextNonce == (long)nonce + 1)
        {
            cursor.NextNonce = (long)nonce;
            cursor.UpdatedAt = WaiaasDatabase.UnixNow(time);
        }

        var row = await db.Transactions.FirstAsync(t => t.Id == transactionId, cancellationToken).ConfigureAwait(false);
        row.Nonce = null;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets what was learned from the chain, so the next reservation reconciles again (after a nonce conflict).</summary>
    public void Resync(string walletId, string network) => _reconciled.TryRemove((walletId, network), out _);

    private static async Task<long?> HighestInFlightNonceAsync(WaiaasDbContext db, string walletId, string network, string exceptId, CancellationToken cancellationToken)
    {
        var executing = TransactionStatus.Executing.ToWireName();
        var submitted = TransactionStatus.Submitted.ToWireName();
        return await db.Transactions.AsNoTracking()
            .Where(t => t.WalletId == walletId && t.Network == network && t.Id != exceptId && t.Nonce != null
                && ((t.Status == executing && t.SignedTx != null) || t.Status == submitted))
            .MaxAsync(t => t.Nonce, cancellationToken).ConfigureAwait(false);
    }
}
