using WaiaaS.Core.Configuration;

namespace WaiaaS.Daemon.Http;

/// <summary>
/// The agent session a sessionAuth request was authenticated as (put in the <c>HttpContext</c> by
/// <see cref="AuthenticationMiddleware"/>; read with <see cref="AuthenticatedSessionExtensions.GetAuthenticatedSession"/>).
/// </summary>
/// <param name="SessionId">The session id.</param>
/// <param name="WalletIds">The session's wallets that are not terminated (at least one).</param>
/// <param name="Constraints">The session's resolved constraints (an empty rule does not constrain).</param>
public sealed record AuthenticatedSession(string SessionId, IReadOnlyList<string> WalletIds, SessionConstraintSettings Constraints)
{
    /// <summary>SHA-256 (hex) of the presented token; not a secret (the database stores the same value).</summary>
    public required string TokenHash { get; init; }

    /// <summary>Whether the presented token is the session's current one (false: a renewed-away token in its grace period).</summary>
    public required bool IsCurrentToken { get; init; }
}
