using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Sessions;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Sessions;

/// <summary>Maps stored sessions to the API shape, and the storage conventions of session rows.</summary>
internal static class SessionMapping
{
    public const string Active = "ACTIVE";
    public const string Expired = "EXPIRED";
    public const string Revoked = "REVOKED";

    /// <summary><c>absolute_expires_at</c> is NOT NULL; 0 stands for "no absolute lifetime".</summary>
    public static long? AbsoluteExpiry(this SessionEntity session) => session.AbsoluteExpiresAt == 0 ? null : session.AbsoluteExpiresAt;

    /// <summary>The stored constraints (null: the built-in defaults, for rows written without any).</summary>
    public static SessionConstraintSettings StoredConstraints(this SessionEntity session) =>
        session.Constraints is { } json && SessionConstraintJson.Parse(json) is { Succeeded: true } parsed
            ? parsed.Value!
            : SessionConstraintResolver.BuiltInDefaults;

    public static string Status(this SessionEntity session, long now) =>
        session.RevokedAt is not null ? Revoked : now >= session.ExpiresAt ? Expired : Active;

    public static SessionRenewalState RenewalState(this SessionEntity session) => new(
        session.Id,
        session.TokenHash,
        session.RevokedAt,
        session.LastRenewedAt ?? session.CreatedAt,
        session.ExpiresAt,
        session.AbsoluteExpiry(),
        session.RenewalCount,
        session.MaxRenewals);

    public static SessionResponse ToResponse(this SessionEntity session, IReadOnlyList<SessionWalletResponse> wallets, long now, string? token = null) => new(
        session.Id,
        token,
        session.ExpiresAt,
        session.AbsoluteExpiry(),
        session.RenewalCount,
        session.MaxRenewals,
        SessionLimits.RenewalsRemaining(session.RenewalCount, session.MaxRenewals),
        session.TtlSeconds ?? 0,
        wallets,
        SessionConstraintJson.ToJson(session.StoredConstraints()),
        session.Source,
        session.Status(now),
        session.CreatedAt,
        session.LastRenewedAt,
        session.RevokedAt);

    /// <summary>The wallets (id, name) of each of <paramref name="sessionIds"/>, in the order they were bound.</summary>
    public static async Task<ILookup<string, SessionWalletResponse>> WalletsOfAsync(WaiaasDbContext db, IReadOnlyCollection<string> sessionIds, CancellationToken cancellationToken)
    {
        var rows = await db.SessionWallets.AsNoTracking()
            .Where(l => sessionIds.Contains(l.SessionId))
            .Join(db.Wallets, l => l.WalletId, w => w.Id, (l, w) => new { l.SessionId, l.CreatedAt, w.Id, w.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.Name, StringComparer.Ordinal).ToLookup(r => r.SessionId, r => new SessionWalletResponse(r.Id, r.Name), StringComparer.Ordinal);
    }
}
