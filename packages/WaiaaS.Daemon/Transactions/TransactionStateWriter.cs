using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// Moves a transaction between statuses: a compare-and-set on the expected status, allowed only if
/// <see cref="TransactionTransitions"/> lists the move, with its audit row in the same write transaction. Losing the
/// race (the row is no longer in the expected status) is a normal outcome, reported as false.
/// </summary>
internal sealed class TransactionStateWriter(IDbContextFactory<WaiaasDbContext> contexts, AuditLogWriter audit, TimeProvider time)
{
    /// <summary>Moves <paramref name="id"/> from <paramref name="from"/> to <paramref name="to"/>; false when it was not in <paramref name="from"/>.</summary>
    public async Task<bool> TransitionAsync(
        string id,
        TransactionStatus from,
        TransactionStatus to,
        Action<TransactionEntity>? change,
        TransitionAudit note,
        CancellationToken cancellationToken)
    {
        if (!TransactionTransitions.IsAllowed(from, to))
        {
            throw new InvalidOperationException($"{from.ToWireName()} → {to.ToWireName()} is not a legal transaction transition.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Transactions.FirstOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
        if (row is null || row.Status != from.ToWireName())
        {
            return false;
        }

        change?.Invoke(row);
        row.Status = to.ToWireName();
        row.UpdatedAt = WaiaasDatabase.UnixNow(time);
        var details = note.Details ?? [];
        details["from"] = from.ToWireName();
        details["to"] = to.ToWireName();
        if (row.ErrorCode is not null && to is TransactionStatus.Failed or TransactionStatus.Cancelled or TransactionStatus.Expired)
        {
            details["errorCode"] = row.ErrorCode;
        }

        await audit.AppendAsync(db, new AuditEntry(note.EventType ?? AuditEvents.TransactionStatusChanged, note.Actor)
        {
            WalletId = row.WalletId,
            SessionId = row.SessionId,
            TransactionId = row.Id,
            RequestId = note.RequestId,
            Details = details,
        }, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Changes fields of a row that is still in <paramref name="expected"/> (no status change, no audit row); false otherwise.</summary>
    public async Task<bool> UpdateAsync(string id, TransactionStatus expected, Action<TransactionEntity> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Transactions.FirstOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
        if (row is null || row.Status != expected.ToWireName())
        {
            return false;
        }

        change(row);
        row.UpdatedAt = WaiaasDatabase.UnixNow(time);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Reads one row (untracked).</summary>
    public async Task<TransactionEntity?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Transactions.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
    }
}
