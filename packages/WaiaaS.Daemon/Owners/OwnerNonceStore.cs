using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Errors;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Owners;

/// <summary>
/// Single-use nonces for owner signatures (<c>owner_nonces</c>): 16 random bytes as 32 lower-case hex digits (valid
/// as an EIP-4361 nonce), valid for <see cref="Lifetime"/>. At most <see cref="MaxOutstanding"/> unused, unexpired
/// nonces exist at once (the endpoint needs no credential, so this bounds what a local caller can make the daemon
/// store); expired ones are purged whenever a nonce is issued.
/// </summary>
internal sealed class OwnerNonceStore(IDbContextFactory<WaiaasDbContext> factory, TimeProvider time)
{
    public const string Purpose = "owner";

    public const int MaxOutstanding = 1000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task<Result<OwnerNonceEntity>> IssueAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = WaiaasDatabase.UnixNow(time);
        await db.OwnerNonces.Where(n => n.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var outstanding = await db.OwnerNonces.CountAsync(n => n.UsedAt == null, cancellationToken).ConfigureAwait(false);
        if (outstanding >= MaxOutstanding)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new Failure(ErrorCodes.TooManyNonces, $"{outstanding} unused nonces are outstanding; each expires {(long)Lifetime.TotalSeconds} s after it was issued.");
        }

        var nonce = new OwnerNonceEntity
        {
            Nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            Purpose = Purpose,
            CreatedAt = now,
            ExpiresAt = now + (long)Lifetime.TotalSeconds,
        };
        db.OwnerNonces.Add(nonce);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return nonce;
    }

    /// <summary>
    /// Marks <paramref name="nonce"/> used if it is unused and unexpired (a compare-and-set in the caller's
    /// transaction, so the nonce and the change it authorizes commit or roll back together).
    /// </summary>
    public async Task<bool> TryConsumeAsync(WaiaasDbContext db, string nonce, CancellationToken cancellationToken)
    {
        var now = WaiaasDatabase.UnixNow(time);
        var updated = await db.OwnerNonces
            .Where(n => n.Nonce == nonce && n.UsedAt == null && n.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.UsedAt, now), cancellationToken)
            .ConfigureAwait(false);
        return updated == 1;
    }
}
