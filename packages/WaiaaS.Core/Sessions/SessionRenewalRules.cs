using WaiaaS.Core.Errors;

namespace WaiaaS.Core.Sessions;

/// <summary>
/// The renewal table of SPEC §6, applied in its order; shared by the daemon (which enforces it) and by clients (which
/// act on its codes). The first failing row wins.
/// </summary>
public static class SessionRenewalRules
{
    /// <summary>The table, in check order: condition and the code it answers with.</summary>
    public static IReadOnlyList<ErrorCode> Table { get; } =
    [
        ErrorCodes.SessionNotFound,
        ErrorCodes.SessionRevoked,
        ErrorCodes.RenewalConflict,
        ErrorCodes.RenewalLimitReached,
        ErrorCodes.SessionLifetimeExceeded,
        ErrorCodes.RenewalTooEarly,
    ];

    /// <summary>
    /// Checks whether the caller (authenticated as <paramref name="callerSessionId"/> with a token whose hash is
    /// <paramref name="presentedTokenHash"/>) may renew <paramref name="session"/> at <paramref name="now"/>.
    /// </summary>
    /// <returns>null when the renewal may proceed; otherwise the failure of the first row that applies.</returns>
    public static Failure? Check(string callerSessionId, string presentedTokenHash, SessionRenewalState? session, long now)
    {
        if (session is null || !string.Equals(session.SessionId, callerSessionId, StringComparison.Ordinal))
        {
            return new Failure(ErrorCodes.SessionNotFound, "no such session for this token.");
        }

        if (session.RevokedAt is not null)
        {
            return new Failure(ErrorCodes.SessionRevoked);
        }

        if (!string.Equals(session.TokenHash, presentedTokenHash, StringComparison.Ordinal))
        {
            return new Failure(ErrorCodes.RenewalConflict, "this token was already replaced by a renewal.");
        }

        if (session.MaxRenewals != 0 && session.RenewalCount >= session.MaxRenewals)
        {
            return new Failure(ErrorCodes.RenewalLimitReached, $"all {session.MaxRenewals} renewals have been used.");
        }

        // The current token already runs to the absolute expiry (or past it): a renewal could not extend anything.
        if (session.AbsoluteExpiresAt is { } absolute && (now >= absolute || session.ExpiresAt >= absolute))
        {
            return new Failure(ErrorCodes.SessionLifetimeExceeded, "the session's absolute lifetime is reached; the current token is its last.");
        }

        var ttl = session.ExpiresAt - session.PeriodStart;
        var elapsed = now - session.PeriodStart;
        if (elapsed * 2 < ttl)
        {
            return new Failure(ErrorCodes.RenewalTooEarly, $"renew after {session.PeriodStart + ((ttl + 1) / 2)} (Unix seconds): half of the token's {ttl} s time-to-live.");
        }

        return null;
    }
}
