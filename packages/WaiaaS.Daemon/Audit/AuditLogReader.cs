using Microsoft.EntityFrameworkCore;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Audit;

/// <summary>
/// Reads audit rows newest first (by seq) with filters and a cursor. The cursor is the id of the last row of the
/// previous page: simple, opaque enough, and stable while rows are appended.
/// </summary>
public static class AuditLogReader
{
    /// <summary>Returns one page.</summary>
    /// <exception cref="AuditQueryException">Bad cursor, limit or time range (the message says which).</exception>
    public static async Task<AuditPage> QueryAsync(WaiaasDbContext db, AuditQuery filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var limit = ValidateLimitAndRange(filter);
        long? beforeSeq = null;
        if (filter.Cursor is not null)
        {
            var cursor = ParseCursor(filter.Cursor);
            beforeSeq = await db.AuditLog.AsNoTracking().Where(a => a.Id == cursor).Select(a => (long?)a.Seq)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
                ?? throw UnknownCursor(filter.Cursor);
        }

        var rows = await Filtered(db, filter, beforeSeq).Take(limit + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        return ToPage(rows, limit);
    }

    private static IQueryable<AuditLogEntity> Filtered(WaiaasDbContext db, AuditQuery filter, long? beforeSeq)
    {
        var query = db.AuditLog.AsNoTracking();
        if (beforeSeq is { } seq)
        {
            query = query.Where(a => a.Seq < seq);
        }

        if (filter.EventType is { } eventType)
        {
            query = query.Where(a => a.EventType == eventType);
        }

        if (filter.WalletId is { } walletId)
        {
            query = query.Where(a => a.WalletId == walletId);
        }

        if (filter.SessionId is { } sessionId)
        {
            query = query.Where(a => a.SessionId == sessionId);
        }

        if (filter.Actor is { } actor)
        {
            query = query.Where(a => a.Actor == actor);
        }

        if (filter.From is { } from)
        {
            query = query.Where(a => a.CreatedAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(a => a.CreatedAt <= to);
        }

        return query.OrderByDescending(a => a.Seq);
    }

    private static AuditPage ToPage(List<AuditLogEntity> rows, int limit)
    {
        if (rows.Count <= limit)
        {
            return new AuditPage(rows, null);
        }

        rows.RemoveAt(rows.Count - 1);
        return new AuditPage(rows, rows[^1].Id);
    }

    private static int ValidateLimitAndRange(AuditQuery filter)
    {
        var limit = filter.Limit ?? AuditQuery.DefaultLimit;
        if (limit is < 1 or > AuditQuery.MaxLimit)
        {
            throw new AuditQueryException(AuditQueryException.InvalidLimit, $"limit must be between 1 and {AuditQuery.MaxLimit} (got {limit}).");
        }

        if (filter.From is { } from && filter.To is { } to && from > to)
        {
            throw new AuditQueryException(AuditQueryException.InvalidRange, $"from ({from}) is after to ({to}).");
        }

        return limit;
    }

    private static string ParseCursor(string cursor)
    {
        if (!Guid.TryParseExact(cursor, "D", out var id) || id.Version != 7)
        {
            throw new AuditQueryException(
                AuditQueryException.InvalidCursor,
                "cursor is not valid: pass the nextCursor value of a previous page unchanged.");
        }

        return id.ToString("D");
    }

    private static AuditQueryException UnknownCursor(string cursor) =>
        new(AuditQueryException.InvalidCursor, $"cursor {cursor} does not name an audit row: pass the nextCursor value of a previous page unchanged.");
}
