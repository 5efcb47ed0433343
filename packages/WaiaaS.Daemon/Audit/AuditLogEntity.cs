namespace WaiaaS.Daemon.Audit;

/// <summary>
/// A row of <c>audit_log</c>. Append-only (SQLite triggers abort any UPDATE or DELETE) and hash-chained:
/// <c>Hash = SHA-256(PrevHash || canonical row)</c>, see <see cref="AuditCanonicalEncoding"/>.
/// Write it only through <see cref="AuditLogWriter"/>.
/// </summary>
public sealed class AuditLogEntity
{
    /// <summary>UUIDv7 string.</summary>
    public required string Id { get; set; }

    /// <summary>Position in the chain: 1 for the first row, then +1 per row (unique).</summary>
    public long Seq { get; set; }

    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }

    /// <summary>Event type, one of <see cref="AuditEvents"/>.</summary>
    public required string EventType { get; set; }

    /// <summary>Who did it: <c>master</c>, <c>session:&lt;id&gt;</c>, <c>owner:&lt;address&gt;</c>, <c>system</c>, <c>telegram:&lt;user&gt;</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>The wallet concerned.</summary>
    public string? WalletId { get; set; }

    /// <summary>The session concerned.</summary>
    public string? SessionId { get; set; }

    /// <summary>The transaction concerned.</summary>
    public string? TransactionId { get; set; }

    /// <summary>The HTTP request id.</summary>
    public string? RequestId { get; set; }

    /// <summary>The client address.</summary>
    public string? IpAddress { get; set; }

    /// <summary>Details (compact JSON object text), never secrets.</summary>
    public string? Details { get; set; }

    /// <summary>Hash of the previous row (64 zeros for the first row), lower-case hex.</summary>
    public required string PrevHash { get; set; }

    /// <summary>SHA-256 of <see cref="PrevHash"/> and the canonical row, lower-case hex.</summary>
    public required string Hash { get; set; }
}
