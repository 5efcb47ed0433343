namespace WaiaaS.Daemon.Sessions;

/// <summary>What sessionAuth reads about a session, in one query by primary key.</summary>
internal sealed record SessionAuthRow(
    string TokenHash,
    string? PreviousTokenHash,
    long? PreviousTokenValidUntil,
    long ExpiresAt,
    long? RevokedAt,
    string? Constraints,
    List<SessionAuthWallet> Wallets);
