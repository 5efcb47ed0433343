using Microsoft.EntityFrameworkCore;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Audit;

/// <summary>
/// Appends hash-chained rows to <c>audit_log</c> through the caller's <see cref="WaiaasDbContext"/>, so the row
/// commits in the same transaction as the change it records.
/// <para>
/// With a transaction open on the context (<c>db.Database.BeginTransaction()</c>, which is <c>BEGIN IMMEDIATE</c>
/// in SQLite and so holds the write lock), the row is only staged: the caller's <c>SaveChanges</c> and
/// <c>Commit</c> persist it with the rest, and reading the chain head inside that transaction cannot race another
/// writer. Without an open transaction the writer opens one itself, saves every pending change of the context
/// together with the row, and commits. Rows staged earlier in the same context are chained in order.
/// </para>
/// </summary>
public sealed class AuditLogWriter(TimeProvider time)
{
    /// <summary>Appends <paramref name="entry"/>; see the class remarks for the transaction rules.</summary>
    /// <returns>The row (its <see cref="AuditLogEntity.Id"/> and <see cref="AuditLogEntity.Hash"/> are final).</returns>
    public AuditLogEntity Append(WaiaasDbContext db, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entry);
        if (db.Database.CurrentTransaction is not null)
        {
            return Stage(db, entry, ReadHead(db));
        }

        using var transaction = db.Database.BeginTransaction();
        var row = Stage(db, entry, ReadHead(db));
        db.SaveChanges();
        transaction.Commit();
        return row;
    }

    /// <summary>Appends <paramref name="entry"/>; see the class remarks for the transaction rules.</summary>
    /// <returns>The row (its <see cref="AuditLogEntity.Id"/> and <see cref="AuditLogEntity.Hash"/> are final).</returns>
    public async Task<AuditLogEntity> AppendAsync(WaiaasDbContext db, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entry);
        if (db.Database.CurrentTransaction is not null)
        {
            return Stage(db, entry, await ReadHeadAsync(db, cancellationToken).ConfigureAwait(false));
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var row = Stage(db, entry, await ReadHeadAsync(db, cancellationToken).ConfigureAwait(false));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return row;
        }
    }

    private AuditLogEntity Stage(WaiaasDbContext db, AuditEntry entry, (long Seq, string Hash) head)
    {
        var row = CreateRow(entry, head);
        db.AuditLog.Add(row);
        return row;
    }

    /// <summary>Builds the next chained row after <paramref name="head"/> (used by the EF path and by <see cref="AuditLogSqlWriter"/>).</summary>
    internal AuditLogEntity CreateRow(AuditEntry entry, (long Seq, string Hash) head)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.EventType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Actor);
        var row = new AuditLogEntity
        {
            Id = WaiaasDatabase.NewId(time),
            Seq = head.Seq + 1,
            CreatedAt = WaiaasDatabase.UnixNow(time),
            EventType = entry.EventType,
            Actor = entry.Actor,
            WalletId = entry.WalletId,
            SessionId = entry.SessionId,
            TransactionId = entry.TransactionId,
            RequestId = entry.RequestId,
            IpAddress = entry.IpAddress,
            Details = entry.Details?.ToJsonString(),
            PrevHash = head.Hash,
            Hash = string.Empty,
        };
        row.Hash = AuditCanonicalEncoding.ComputeHash(row);
        return row;
    }

    private static (long Seq, string Hash)? StagedHead(WaiaasDbContext db) =>
        db.ChangeTracker.Entries<AuditLogEntity>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .MaxBy(e => e.Seq) is { } staged
            ? (staged.Seq, staged.Hash)
            : null;

    private static (long Seq, string Hash) ReadHead(WaiaasDbContext db)
    {
        if (StagedHead(db) is { } staged)
        {
            return staged;
        }

        var last = db.AuditLog.AsNoTracking().OrderByDescending(a => a.Seq).Select(a => new { a.Seq, a.Hash }).FirstOrDefault();
        return last is null ? (0, AuditCanonicalEncoding.GenesisHash) : (last.Seq, last.Hash);
    }

    private static async Task<(long Seq, string Hash)> ReadHeadAsync(WaiaasDbContext db, CancellationToken cancellationToken)
    {
        if (StagedHead(db) is { } staged)
        {
            return staged;
        }

        var last = await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Seq).Select(a => new { a.Seq, a.Hash })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return last is null ? (0, AuditCanonicalEncoding.GenesisHash) : (last.Seq, last.Hash);
    }
}
