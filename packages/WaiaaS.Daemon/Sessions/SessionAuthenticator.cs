using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Sessions;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Sessions;

/// <summary>
/// sessionAuth (SPEC §6): <c>Authorization: Bearer wai_sess_…</c>. Checks the HS256 signature (current secret, or the
/// previous one within the rotation window), <c>exp</c>, then one query by primary key: the session exists, is not
/// revoked or expired, the token's SHA-256 is the current hash (or the replaced one within the renewal grace,
/// pitfall H-05), and not every bound wallet is terminated. Refusals are 401 with a specific code, and audited.
/// </summary>
internal sealed class SessionAuthenticator(
    IDbContextFactory<WaiaasDbContext> factory,
    JwtSecretStore secrets,
    AuditLogWriter audit,
    TimeProvider time)
{
    private const string Scheme = "Bearer ";

    public async Task<Result<AuthenticatedSession>> AuthenticateAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return await RefuseAsync(context, null, new Failure(ErrorCodes.Unauthorized)).ConfigureAwait(false);
        }

        var token = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
        var now = WaiaasDatabase.UnixNow(time);
        var keys = await secrets.GetAsync(context.RequestAborted).ConfigureAwait(false);
        var claims = SessionTokenCodec.Verify(token, keys.VerifyingAt(now), now);
        if (!claims.Succeeded)
        {
            return await RefuseAsync(context, null, claims.Failure).ConfigureAwait(false);
        }

        var sessionId = claims.Value!.SessionId;
        SessionAuthRow? row;
        await using (var db = await factory.CreateDbContextAsync(context.RequestAborted).ConfigureAwait(false))
        {
            row = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
                .Select(s => new SessionAuthRow(s.TokenHash, s.PreviousTokenHash, s.PreviousTokenValidUntil, s.ExpiresAt, s.RevokedAt, s.Constraints,
                    db.SessionWallets.Where(l => l.SessionId == s.Id)
                        .Join(db.Wallets, l => l.WalletId, w => w.Id, (l, w) => new SessionAuthWallet(w.Id, w.Status)).ToList()))
                .FirstOrDefaultAsync(context.RequestAborted).ConfigureAwait(false);
        }

        var hash = SessionTokenCodec.Hash(token!);
        var outcome = Decide(row, hash, now);
        if (outcome is not null)
        {
            return await RefuseAsync(context, row is null ? null : sessionId, outcome).ConfigureAwait(false);
        }

        var constraints = row!.Constraints is { } json && SessionConstraintJson.Parse(json) is { Succeeded: true } parsed
            ? parsed.Value!
            : SessionConstraintResolver.BuiltInDefaults;
        return new AuthenticatedSession(sessionId, [.. row.Wallets.Where(w => w.Status != WalletStatus.Terminated).Select(w => w.Id).Order(StringComparer.Ordinal)], constraints)
        {
            TokenHash = hash,
            IsCurrentToken = SameHash(hash, row.TokenHash),
        };
    }

    private static Failure? Decide(SessionAuthRow? row, string hash, long now)
    {
        if (row is null)
        {
            return new Failure(ErrorCodes.InvalidSessionToken, "the token names a session that does not exist.");
        }

        if (row.RevokedAt is not null)
        {
            return new Failure(ErrorCodes.SessionRevoked);
        }

        if (now >= row.ExpiresAt)
        {
            return new Failure(ErrorCodes.SessionExpired);
        }

        var current = SameHash(hash, row.TokenHash);
        var inGrace = row.PreviousTokenHash is { } previous && SameHash(hash, previous) && now < row.PreviousTokenValidUntil;
        if (!current && !inGrace)
        {
            return new Failure(ErrorCodes.SessionTokenReplaced, "this token was replaced by a renewal and its grace period is over.");
        }

        return row.Wallets.Count == 0 || row.Wallets.All(w => w.Status == WalletStatus.Terminated)
            ? new Failure(ErrorCodes.SessionWalletsTerminated)
            : null;
    }

    private static bool SameHash(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private async Task<Result<AuthenticatedSession>> RefuseAsync(HttpContext context, string? sessionId, Failure failure)
    {
        // The token is never recorded; the verified session id only when the signature was good.
        await using var db = await factory.CreateDbContextAsync(CancellationToken.None).ConfigureAwait(false);
        await audit.AppendAsync(db, new AuditEntry(AuditEvents.SessionAuthFailed, sessionId is null ? AuditActors.System : AuditActors.Session(sessionId))
        {
            SessionId = sessionId,
            RequestId = context.TraceIdentifier,
            IpAddress = context.Connection.RemoteIpAddress?.ToString(),
            Details = new JsonObject { ["path"] = context.Request.Path.Value, ["code"] = failure.Error.Code },
        }, CancellationToken.None).ConfigureAwait(false);
        return failure;
    }
}
