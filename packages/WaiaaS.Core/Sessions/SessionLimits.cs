using WaiaaS.Core.Configuration;
using WaiaaS.Core.Errors;

namespace WaiaaS.Core.Sessions;

/// <summary>
/// A session's limits (SPEC §6): token time-to-live, renewals and absolute lifetime, each <c>0</c> = unlimited.
/// Defaults come from <c>[security]</c>; a request may override each one (0 only when written explicitly).
/// </summary>
/// <param name="TtlSeconds">Seconds one token lives.</param>
/// <param name="MaxRenewals">Renewals allowed.</param>
/// <param name="AbsoluteLifetimeSeconds">Seconds the session lives in total, across renewals.</param>
public sealed record SessionLimits(long TtlSeconds, int MaxRenewals, long AbsoluteLifetimeSeconds)
{
    /// <summary>Largest value of a time limit: 3650 days (the range of the config keys).</summary>
    public const long MaxSeconds = 3650L * 86400;

    /// <summary>Largest renewal count.</summary>
    public const int MaxRenewalCount = 1_000_000;

    /// <summary>
    /// How long a token lives when the TTL is unlimited (and no absolute lifetime caps it): 3650 days. A JWT needs an
    /// <c>exp</c>, and clients range-check it (pitfall C-03), so "unlimited" is this long, finite horizon.
    /// </summary>
    public const long UnlimitedTokenHorizonSeconds = MaxSeconds;

    /// <summary>The limits of a new session: the request's values where given, the configured defaults otherwise.</summary>
    public static Result<SessionLimits> Resolve(SecuritySettings security, long? ttl, int? maxRenewals, long? absoluteLifetime)
    {
        ArgumentNullException.ThrowIfNull(security);
        if (ttl is < 0 or > MaxSeconds)
        {
            return new Failure(ErrorCodes.ValidationFailed, $"ttl must be between 0 (unlimited) and {MaxSeconds} seconds.");
        }

        if (maxRenewals is < 0 or > MaxRenewalCount)
        {
            return new Failure(ErrorCodes.ValidationFailed, $"maxRenewals must be between 0 (unlimited) and {MaxRenewalCount}.");
        }

        if (absoluteLifetime is < 0 or > MaxSeconds)
        {
            return new Failure(ErrorCodes.ValidationFailed, $"absoluteLifetime must be between 0 (unlimited) and {MaxSeconds} seconds.");
        }

        return new SessionLimits(
            ttl ?? security.SessionTtlSeconds,
            maxRenewals ?? security.SessionMaxRenewals,
            absoluteLifetime ?? security.SessionAbsoluteLifetimeSeconds);
    }

    /// <summary>When a session created at <paramref name="createdAt"/> ends whatever the renewals; null when unlimited.</summary>
    public long? AbsoluteExpiresAt(long createdAt) => AbsoluteLifetimeSeconds == 0 ? null : createdAt + AbsoluteLifetimeSeconds;

    /// <summary>The <c>exp</c> of a token issued at <paramref name="now"/>: now + TTL, capped by the absolute expiry.</summary>
    public static long TokenExpiresAt(long now, long ttlSeconds, long? absoluteExpiresAt)
    {
        var end = now + (ttlSeconds == 0 ? UnlimitedTokenHorizonSeconds : ttlSeconds);
        return absoluteExpiresAt is { } cap ? Math.Min(end, cap) : end;
    }

    /// <summary>Renewals left, or null when renewals are unlimited (<paramref name="maxRenewals"/> = 0).</summary>
    public static int? RenewalsRemaining(int renewalCount, int maxRenewals) =>
        maxRenewals == 0 ? null : Math.Max(0, maxRenewals - renewalCount);
}
