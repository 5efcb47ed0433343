using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Sessions;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Wallets;

namespace WaiaaS.Daemon.Sessions;

/// <summary>
/// <c>PUT /v1/sessions/{id}/renew</c> (SPEC §6): the checks of <see cref="SessionRenewalRules"/>, then a
/// compare-and-swap on the token hash (<c>UPDATE … WHERE id = ? AND token_hash = ?</c>), so of two renewals with the
/// same token exactly one wins and the other gets <c>RENEWAL_CONFLICT</c>. The replaced hash keeps working for
/// <c>[security] session_renewal_grace</c> seconds (pitfall H-05).
/// </summary>
internal sealed class SessionRenewer(
    IDbContextFactory<WaiaasDbContext> factory,
    JwtSecretStore secrets,
    SessionExpiryNotifier expiry,
    SecuritySettings security,
    AuditLogWriter audit,
    TimeProvider time)
{
    public async Task<Result<RenewSessionResponse>> RenewAsync(string id, AuthenticatedSession caller, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var signing = await secrets.GetAsync(cancellationToken).ConfigureAwait(false);
        RenewSessionResponse renewed;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var now = WaiaasDatabase.UnixNow(time);
            var stored = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
            if (SessionRenewalRules.Check(caller.SessionId, caller.TokenHash, stored?.RenewalState(), now) is { } refused)
            {
                return refused;
            }

            var session = stored!;

            var walletIds = await db.SessionWallets.AsNoTracking().Where(l => l.SessionId == id).OrderBy(l => l.WalletId)
                .Select(l => l.WalletId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var absolute = session.AbsoluteExpiry();
            var expiresAt = SessionLimits.TokenExpiresAt(now, session.TtlSeconds ?? security.SessionTtlSeconds, absolute);
            var token = SessionTokenCodec.Issue(new SessionTokenClaims(id, [.. walletIds], now, expiresAt), signing.Current);
            var newHash = SessionTokenCodec.Hash(token);
            var count = session.RenewalCount + 1;
            var graceUntil = now + security.SessionRenewalGraceSeconds;
            var swapped = await db.Sessions
                .Where(s => s.Id == id && s.TokenHash == caller.TokenHash)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(s => s.TokenHash, newHash)
                    .SetProperty(s => s.PreviousTokenHash, caller.TokenHash)
                    .SetProperty(s => s.PreviousTokenValidUntil, graceUntil)
                    .SetProperty(s => s.ExpiresAt, expiresAt)
                    .SetProperty(s => s.RenewalCount, count)
                    .SetProperty(s => s.LastRenewedAt, now), cancellationToken).ConfigureAwait(false);
            if (swapped != 1)
            {
                return new Failure(ErrorCodes.RenewalConflict, "another renewal replaced this token first.");
            }

            await audit.AppendAsync(db, new AuditEntry(AuditEvents.SessionRenewed, AuditActors.Session(id))
            {
                SessionId = id,
                RequestId = origin.RequestId,
                IpAddress = origin.IpAddress,
                Details = new JsonObject { ["renewalCount"] = count, ["expiresAt"] = expiresAt },
            }, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            renewed = new RenewSessionResponse(token, expiresAt, count, SessionLimits.RenewalsRemaining(count, session.MaxRenewals), absolute);
        }

        await expiry.NotifyIfExpiringSoonAsync(id, CancellationToken.None).ConfigureAwait(false);
        return renewed;
    }
}
