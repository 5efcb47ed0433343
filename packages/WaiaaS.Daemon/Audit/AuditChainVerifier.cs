using Microsoft.EntityFrameworkCore;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Audit;

/// <summary>
/// Walks <c>audit_log</c> in chain order (by seq), streaming rows, and reports the first row whose seq, prev_hash or
/// hash does not follow from the rows before it. Removing the newest rows leaves a valid (shorter) chain; everything
/// else (a changed field, a removed, inserted or moved row) is found.
/// </summary>
public static class AuditChainVerifier
{
    /// <summary>Verifies the whole chain.</summary>
    public static async Task<AuditChainVerification> VerifyAsync(WaiaasDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var index = 0L;
        var previousHash = AuditCanonicalEncoding.GenesisHash;
        await foreach (var row in db.AuditLog.AsNoTracking().OrderBy(a => a.Seq).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var reason = Check(row, index, previousHash);
            if (reason != AuditChainBreak.None)
            {
                return new AuditChainVerification(false, index + 1, row.Id, index, reason);
            }

            previousHash = row.Hash;
            index++;
        }

        return new AuditChainVerification(true, index, null, null, AuditChainBreak.None);
    }

    private static AuditChainBreak Check(AuditLogEntity row, long index, string previousHash)
    {
        if (!string.Equals(row.PrevHash, previousHash, StringComparison.Ordinal))
        {
            return AuditChainBreak.PrevHashMismatch;
        }

        string expected;
        try
        {
            expected = AuditCanonicalEncoding.ComputeHash(row);
        }
        catch (FormatException)
        {
            return AuditChainBreak.HashMismatch;
        }

        if (!string.Equals(row.Hash, expected, StringComparison.Ordinal))
        {
            return AuditChainBreak.HashMismatch;
        }

        // Hashes cover seq, so this only trips when the chain was rebuilt with renumbered rows.
        return row.Seq == index + 1 ? AuditChainBreak.None : AuditChainBreak.SequenceMismatch;
    }
}
