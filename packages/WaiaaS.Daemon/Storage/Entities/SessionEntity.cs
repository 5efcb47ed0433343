namespace WaiaaS.Daemon.Storage;

/// <summary>A row of <c>sessions</c>: an agent's bearer session. Only the token's hash is stored.</summary>
public sealed class SessionEntity
{
    /// <summary>UUIDv7 string.</summary>
    public required string Id { get; set; }

    /// <summary>Hash of the session token (unique); the token itself is never stored.</summary>
    public required string TokenHash { get; set; }

    /// <summary>When the current token period ends (Unix seconds).</summary>
    public long ExpiresAt { get; set; }

    /// <summary>When the session ends whatever the renewals (Unix seconds).</summary>
    public long AbsoluteExpiresAt { get; set; }

    /// <summary>Renewals done so far.</summary>
    public int RenewalCount { get; set; }

    /// <summary>Renewals allowed.</summary>
    public int MaxRenewals { get; set; }

    /// <summary>Session constraints (JSON object text), or null for none.</summary>
    public string? Constraints { get; set; }

    /// <summary>Who created it: <c>api</c>, <c>mcp</c>, <c>telegram</c> or <c>cli</c>.</summary>
    public required string Source { get; set; }

    /// <summary>When the session was revoked (Unix seconds).</summary>
    public long? RevokedAt { get; set; }

    /// <summary>When the session was last renewed (Unix seconds).</summary>
    public long? LastRenewedAt { get; set; }

    /// <summary>Whether the "expiring soon" notification was sent.</summary>
    public bool ExpiringSoonNotified { get; set; }

    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }

    /// <summary>Time-to-live of one token in seconds, fixed at creation (null: rows from before schema 3 use the configured TTL).</summary>
    public long? TtlSeconds { get; set; }

    /// <summary>SHA-256 of the token the last renewal replaced; it keeps working until <see cref="PreviousTokenValidUntil"/>.</summary>
    public string? PreviousTokenHash { get; set; }

    /// <summary>End of the grace period of <see cref="PreviousTokenHash"/> (Unix seconds).</summary>
    public long? PreviousTokenValidUntil { get; set; }
}
