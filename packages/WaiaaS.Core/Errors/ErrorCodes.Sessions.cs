namespace WaiaaS.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>The session does not exist, or it is not the caller's (renewal table, SPEC §6).</summary>
    public static readonly ErrorCode SessionNotFound = new("SESSION_NOT_FOUND", 404, "The session does not exist.", "List sessions with GET /v1/sessions, or create one with POST /v1/sessions.", false);

    /// <summary>The session was revoked.</summary>
    public static readonly ErrorCode SessionRevoked = new("SESSION_REVOKED", 401, "The session was revoked.", "Ask the operator for a new session (waiaas mcp refresh-token, or POST /v1/sessions).", false);

    /// <summary>The presented token is not the session's current one: another renewal replaced it first.</summary>
    public static readonly ErrorCode RenewalConflict = new("RENEWAL_CONFLICT", 409, "The token was already renewed by someone else.", "Re-read the token file and use the newest token; do not renew with an old one.", false);

    /// <summary>The session has used all of its renewals.</summary>
    public static readonly ErrorCode RenewalLimitReached = new("RENEWAL_LIMIT_REACHED", 403, "The session has no renewals left.", "Ask the operator for a new session before this one expires.", false);

    /// <summary>The session reached its absolute lifetime: a renewal cannot extend it.</summary>
    public static readonly ErrorCode SessionLifetimeExceeded = new("SESSION_LIFETIME_EXCEEDED", 403, "The session has reached its absolute lifetime.", "Ask the operator for a new session before this one expires.", false);

    /// <summary>Less than half of the current token's time-to-live has elapsed.</summary>
    public static readonly ErrorCode RenewalTooEarly = new("RENEWAL_TOO_EARLY", 409, "It is too early to renew this session.", "Renew after half of the token's time-to-live has elapsed.", true);

    /// <summary>The session token has expired.</summary>
    public static readonly ErrorCode SessionExpired = new("SESSION_EXPIRED", 401, "The session has expired.", "Ask the operator for a new session (waiaas mcp refresh-token, or POST /v1/sessions).", false);

    /// <summary>The bearer token is malformed, forged or signed by a key this daemon no longer accepts.</summary>
    public static readonly ErrorCode InvalidSessionToken = new("INVALID_SESSION_TOKEN", 401, "The session token is not valid.", "Send the token exactly as issued: Authorization: Bearer wai_sess_…", false);

    /// <summary>The token was replaced by a renewal and its grace period is over.</summary>
    public static readonly ErrorCode SessionTokenReplaced = new("SESSION_TOKEN_REPLACED", 401, "The token was replaced by a renewal.", "Use the newest token (re-read the token file).", false);

    /// <summary>Every wallet the session is bound to is terminated.</summary>
    public static readonly ErrorCode SessionWalletsTerminated = new("SESSION_WALLETS_TERMINATED", 401, "Every wallet of this session is terminated.", "Ask the operator for a session on an active wallet.", false);

    /// <summary>A wallet already has <c>max_sessions_per_wallet</c> active sessions.</summary>
    public static readonly ErrorCode SessionLimitReached = new("SESSION_LIMIT_REACHED", 409, "The wallet already has the maximum number of active sessions.", "Revoke a session (DELETE /v1/sessions/{id}) or raise [security] max_sessions_per_wallet.", false);

    /// <summary>The request is outside the session's constraints.</summary>
    public static readonly ErrorCode SessionConstraintViolated = new("SESSION_CONSTRAINT_VIOLATED", 403, "The request is outside the session's constraints.", "See details.rule and details.limit; ask the operator for a session with wider constraints.", false);

    /// <summary>The session codes, for documentation and the SDK (merge into <see cref="All"/>).</summary>
    public static IReadOnlyList<ErrorCode> SessionErrors { get; } =
    [
        SessionNotFound, SessionRevoked, RenewalConflict, RenewalLimitReached, SessionLifetimeExceeded, RenewalTooEarly,
        SessionExpired, InvalidSessionToken, SessionTokenReplaced, SessionWalletsTerminated, SessionLimitReached,
        SessionConstraintViolated,
    ];
}
