using WaiaaS.Core.Sessions;

namespace WaiaaS.Mcp.Sessions;

/// <summary>The token a manager holds and what is known about it. Immutable; swapped as a whole.</summary>
internal sealed class SessionSnapshot(string token, SessionTokenClaims claims, int? renewalCount, int? renewalsRemaining, bool rejected = false)
{
    public string Token { get; } = token;

    public SessionTokenClaims Claims { get; } = claims;

    public DateTimeOffset ExpiresAt { get; } = DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt);

    public int? RenewalCount { get; } = renewalCount;

    public int? RenewalsRemaining { get; } = renewalsRemaining;

    /// <summary>Whether the daemon refused this token (401): it is kept for its facts but never handed out.</summary>
    public bool Rejected { get; } = rejected;

    public bool IsUsableAt(DateTimeOffset now) => !Rejected && now < ExpiresAt;

    public SessionSnapshot AsRejected() => new(Token, Claims, RenewalCount, RenewalsRemaining, rejected: true);

    /// <summary>
    /// Whether <paramref name="candidate"/> (read from the token file) should replace this token: a different token,
    /// and either of another session (the operator replaced the session) or a later one of the same session, or this
    /// one is no longer usable.
    /// </summary>
    public bool IsSupersededBy(SessionSnapshot candidate, DateTimeOffset now) =>
        !string.Equals(candidate.Token, Token, StringComparison.Ordinal)
        && (!IsUsableAt(now)
            || !string.Equals(candidate.Claims.SessionId, Claims.SessionId, StringComparison.Ordinal)
            || candidate.Claims.ExpiresAt > Claims.ExpiresAt
            || (candidate.Claims.ExpiresAt == Claims.ExpiresAt && candidate.Claims.IssuedAt > Claims.IssuedAt));

    /// <summary>The session id and expiry, never the token.</summary>
    public override string ToString() => $"session {Claims.SessionId}, expires {ExpiresAt:u}";
}
