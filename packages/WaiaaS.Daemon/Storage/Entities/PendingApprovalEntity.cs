namespace WaiaaS.Daemon.Storage;

/// <summary>A row of <c>pending_approvals</c>: a transaction waiting for the owner.</summary>
public sealed class PendingApprovalEntity
{
    /// <summary>UUIDv7 string.</summary>
    public required string Id { get; set; }

    /// <summary>The transaction (one approval per transaction).</summary>
    public required string TxId { get; set; }

    /// <summary>Nonce the owner signs.</summary>
    public required string Nonce { get; set; }

    /// <summary>Unix seconds.</summary>
    public long ExpiresAt { get; set; }

    /// <summary>Unix seconds.</summary>
    public long? ApprovedAt { get; set; }

    /// <summary>Unix seconds.</summary>
    public long? RejectedAt { get; set; }

    /// <summary>The owner's signature over the approval message.</summary>
    public string? OwnerSignature { get; set; }

    /// <summary>Channel the decision came through (e.g. <c>telegram</c>, <c>api</c>).</summary>
    public string? Channel { get; set; }

    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }

    /// <summary>The exact message the owner must sign (names the transaction and the single-use nonce).</summary>
    public string? Message { get; set; }
}
