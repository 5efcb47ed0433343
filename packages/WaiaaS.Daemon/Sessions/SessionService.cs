using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Notifications;
using WaiaaS.Core.Sessions;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Notifications;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Wallets;

namespace WaiaaS.Daemon.Sessions;

/// <summary>
/// Session lifecycle for the operator (SPEC §6): create, list, get, revoke. Each change commits in one
/// <c>BEGIN IMMEDIATE</c> transaction with its audit row. Only SHA-256 of a token is stored; the token is returned once.
/// </summary>
internal sealed class SessionService(
    IDbContextFactory<WaiaasDbContext> factory,
    JwtSecretStore secrets,
    SessionConstraintDefaults constraintDefaults,
    SecuritySettings security,
    AuditLogWriter audit,
    INotificationDispatcher notifications,
    TimeProvider time)
{
    public const int MaxWalletsPerSession = 20;
    private static readonly string[] Sources = ["api", "mcp", "telegram", "cli"];

    public async Task<Result<SessionResponse>> CreateAsync(CreateSessionRequest request, RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var input = Validate(request);
        if (!input.Succeeded)
        {
            return input.Failure;
        }

        var (walletIds, limits, requested, source) = input.Value!;
        var signing = await secrets.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = WaiaasDatabase.UnixNow(time);
        var wallets = await db.Wallets.Where(w => walletIds.Contains(w.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (CheckWallets(walletIds, wallets) is { } walletFailure)
        {
            return walletFailure;
        }

        var constraints = constraintDefaults.Resolve(wallets, requested);
        if (!constraints.Succeeded)
        {
            return constraints.Failure;
        }

        if (await FullWalletAsync(db, walletIds, now, cancellationToken).ConfigureAwait(false) is { } full)
        {
            return new Failure(ErrorCodes.SessionLimitReached, $"wallet '{wallets.First(w => w.Id == full).Name}' already has {security.MaxSessionsPerWallet} active sessions.");
        }

        var id = WaiaasDatabase.NewId(time);
        var absolute = limits.AbsoluteExpiresAt(now);
        var expiresAt = SessionLimits.TokenExpiresAt(now, limits.TtlSeconds, absolute);
        var token = SessionTokenCodec.Issue(new SessionTokenClaims(id, [.. walletIds], now, expiresAt), signing.Current);
        var session = new SessionEntity
        {
            Id = id,
            TokenHash = SessionTokenCodec.Hash(token),
            ExpiresAt = expiresAt,
            AbsoluteExpiresAt = absolute ?? 0,
            MaxRenewals = limits.MaxRenewals,
            TtlSeconds = limits.TtlSeconds,
            Constraints = SessionConstraintJson.ToJson(constraints.Value!.Constraints).ToJsonString(),
            Source = source,
            CreatedAt = now,
        };
        db.Sessions.Add(session);
        db.SessionWallets.AddRange(walletIds.Select(w => new SessionWalletEntity { SessionId = id, WalletId = w, CreatedAt = now }));
        await audit.AppendAsync(db, new AuditEntry(AuditEvents.SessionCreated, origin.Actor)
        {
            SessionId = id,
            WalletId = walletIds.Length == 1 ? walletIds[0] : null,
            RequestId = origin.RequestId,
            IpAddress = origin.IpAddress,
            Details = new JsonObject
            {
                ["walletIds"] = new JsonArray([.. walletIds.Select(w => (JsonNode?)w)]),
                ["source"] = source,
                ["expiresAt"] = expiresAt,
                ["absoluteExpiresAt"] = absolute,
                ["maxRenewals"] = limits.MaxRenewals,
                ["constraintsFrom"] = constraints.Value.Source.ToString(),
            },
        }, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        var bound = walletIds.Select(w => new SessionWalletResponse(w, wallets.First(x => x.Id == w).Name)).ToList();
        await notifications.DispatchAsync(new NotificationMessage(NotificationEventTypes.SessionCreated, NotificationSeverity.Info,
            "Session created", $"A {source} session was created for {string.Join(", ", bound.Select(b => b.Name))}; it expires at {DateTimeOffset.FromUnixTimeSeconds(expiresAt):u}.")
        {
            SessionId = id,
            WalletId = walletIds.Length == 1 ? walletIds[0] : null,
        }, CancellationToken.None).ConfigureAwait(false);
        return session.ToResponse(bound, now, token);
    }

    public async Task<IReadOnlyList<SessionResponse>> ListAsync(string? walletId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = db.Sessions.AsNoTracking();
        if (walletId is not null)
        {
            query = query.Where(s => db.SessionWallets.Any(l => l.SessionId == s.Id && l.WalletId == walletId));
        }

        var sessions = await query.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var wallets = await SessionMapping.WalletsOfAsync(db, [.. sessions.Select(s => s.Id)], cancellationToken).ConfigureAwait(false);
        var now = WaiaasDatabase.UnixNow(time);
        return [.. sessions.Select(s => s.ToResponse([.. wallets[s.Id]], now))];
    }

    public async Task<Result<SessionResponse>> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return new Failure(ErrorCodes.SessionNotFound);
        }

        var wallets = await SessionMapping.WalletsOfAsync(db, [id], cancellationToken).ConfigureAwait(false);
        return session.ToResponse([.. wallets[id]], WaiaasDatabase.UnixNow(time));
    }

    /// <summary>Revokes a session at once (its tokens stop working, grace or not). Revoking again changes nothing.</summary>
    public async Task<Result<SessionResponse>> RevokeAsync(string id, RequestOrigin origin, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return new Failure(ErrorCodes.SessionNotFound);
        }

        var now = WaiaasDatabase.UnixNow(time);
        if (session.RevokedAt is null)
        {
            session.RevokedAt = now;
            await audit.AppendAsync(db, new AuditEntry(AuditEvents.SessionRevoked, origin.Actor)
            {
                SessionId = id,
                RequestId = origin.RequestId,
                IpAddress = origin.IpAddress,
            }, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var wallets = await SessionMapping.WalletsOfAsync(db, [id], cancellationToken).ConfigureAwait(false);
        return session.ToResponse([.. wallets[id]], now);
    }

    private Result<CreateInput> Validate(CreateSessionRequest request)
    {
        if ((request.WalletId is null) == (request.WalletIds is null))
        {
            return new Failure(ErrorCodes.ValidationFailed, "name the wallets with either walletId or walletIds.");
        }

        ImmutableArray<string> ids = request.WalletId is { } single ? [single] : [.. request.WalletIds!];
        if (ids.Length is 0 or > MaxWalletsPerSession || ids.Any(string.IsNullOrWhiteSpace) || ids.Distinct(StringComparer.Ordinal).Count() != ids.Length)
        {
            return new Failure(ErrorCodes.ValidationFailed, $"walletIds must hold 1 to {MaxWalletsPerSession} distinct wallet ids.");
        }

        var source = request.Source ?? "api";
        if (!Sources.Contains(source, StringComparer.Ordinal))
        {
            return new Failure(ErrorCodes.ValidationFailed, "source must be one of api, mcp, telegram, cli.");
        }

        var limits = SessionLimits.Resolve(security, request.Ttl, request.MaxRenewals, request.AbsoluteLifetime);
        if (!limits.Succeeded)
        {
            return limits.Failure;
        }

        if (request.Constraints is null)
        {
            return new CreateInput(ids, limits.Value!, null, source);
        }

        var parsed = SessionConstraintJson.Parse(request.Constraints);
        return parsed.Succeeded ? new CreateInput(ids, limits.Value!, parsed.Value, source) : parsed.Failure;
    }

    private static Failure? CheckWallets(ImmutableArray<string> walletIds, List<WalletEntity> wallets)
    {
        foreach (var id in walletIds)
        {
            var wallet = wallets.FirstOrDefault(w => w.Id == id);
            var failure = wallet?.Status switch
            {
                null => new Failure(ErrorCodes.WalletNotFound, $"wallet {id} does not exist."),
                WalletStatus.Active => null,
                WalletStatus.Suspended => new Failure(ErrorCodes.WalletSuspended, $"wallet '{wallet.Name}' is suspended; sessions need ACTIVE wallets."),
                WalletStatus.Terminated => new Failure(ErrorCodes.WalletTerminated, $"wallet '{wallet.Name}' is terminated."),
                _ => new Failure(ErrorCodes.InvalidWalletState, $"wallet '{wallet.Name}' is not ACTIVE."),
            };
            if (failure is not null)
            {
                return failure;
            }
        }

        return null;
    }

    private async Task<string?> FullWalletAsync(WaiaasDbContext db, ImmutableArray<string> walletIds, long now, CancellationToken cancellationToken)
    {
        var counts = await db.SessionWallets.AsNoTracking()
            .Where(l => walletIds.Contains(l.WalletId))
            .Join(db.Sessions, l => l.SessionId, s => s.Id, (l, s) => new { l.WalletId, s.RevokedAt, s.ExpiresAt })
            .Where(x => x.RevokedAt == null && x.ExpiresAt > now)
            .GroupBy(x => x.WalletId)
            .Select(g => new { WalletId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return counts.FirstOrDefault(c => c.Count >= security.MaxSessionsPerWallet)?.WalletId;
    }

    private sealed record CreateInput(ImmutableArray<string> WalletIds, SessionLimits Limits, SessionConstraintSettings? Constraints, string Source);
}
