namespace WaiaaS.Core.Sessions;

/// <summary>What the renewal checks need to know about a stored session (times in Unix seconds).</summary>
/// <param name="SessionId">The session's id.</param>
/// <param name="TokenHash">Hash of the session's current token (<see cref="SessionTokenCodec.Hash"/>).</param>
/// <param name="RevokedAt">When it was revoked, if it was.</param>
/// <param name="PeriodStart">When the current token was issued (the last renewal, or the creation).</param>
/// <param name="ExpiresAt">When the current token expires.</param>
/// <param name="AbsoluteExpiresAt">When the session ends whatever the renewals; null when unlimited.</param>
/// <param name="RenewalCount">Renewals done.</param>
/// <param name="MaxRenewals">Renewals allowed (0 = unlimited).</param>
public sealed record SessionRenewalState(
    string SessionId,
    string TokenHash,
    long? RevokedAt,
    long PeriodStart,
    long ExpiresAt,
    long? AbsoluteExpiresAt,
    int RenewalCount,
    int MaxRenewals);
