namespace WaiaaS.Daemon.Storage;

/// <summary>A row of <c>transactions</c>: one request through the pipeline, from queued to confirmed or failed.</summary>
public sealed class TransactionEntity
{
    /// <summary>UUIDv7 string.</summary>
    public required string Id { get; set; }

    /// <summary>The wallet that signs.</summary>
    public required string WalletId { get; set; }

    /// <summary>The session that asked, or null for the master.</summary>
    public string? SessionId { get; set; }

    /// <summary>Network name (e.g. <c>solana-devnet</c>).</summary>
    public required string Network { get; set; }

    /// <summary>Request type (transfer, token transfer, contract call, …).</summary>
    public required string Type { get; set; }

    /// <summary>Recipient address.</summary>
    public string? ToAddress { get; set; }

    /// <summary>Amount in base units, as a decimal string (no floating point for money).</summary>
    public string? Amount { get; set; }

    /// <summary>Token mint or contract address, null for the native coin.</summary>
    public string? Token { get; set; }

    /// <summary>Contract called, for contract calls.</summary>
    public string? Contract { get; set; }

    /// <summary>Call data (hex or base64 per chain).</summary>
    public string? Calldata { get; set; }

    /// <summary>Pipeline status.</summary>
    public required string Status { get; set; }

    /// <summary>Policy tier decided (instant, notify, delay, approval).</summary>
    public string? Tier { get; set; }

    /// <summary>Client idempotency key, unique per wallet.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>Amount reserved against spending limits, in base units (decimal string).</summary>
    public string? ReservedAmount { get; set; }

    /// <summary>USD estimate at evaluation time (an estimate for policy tiers, not an accounting value).</summary>
    public double? AmountUsd { get; set; }

    /// <summary>On-chain hash or signature once submitted.</summary>
    public string? TxHash { get; set; }

    /// <summary>EVM nonce used.</summary>
    public long? Nonce { get; set; }

    /// <summary>Stable error code when failed.</summary>
    public string? ErrorCode { get; set; }

    /// <summary>Error text when failed (never secrets).</summary>
    public string? Error { get; set; }

    /// <summary>When it entered the queue (Unix seconds).</summary>
    public long? QueuedAt { get; set; }

    /// <summary>When it was submitted (Unix seconds).</summary>
    public long? ExecutedAt { get; set; }

    /// <summary>When it was confirmed (Unix seconds).</summary>
    public long? ConfirmedAt { get; set; }

    /// <summary>Extra data (JSON object text).</summary>
    public string? Metadata { get; set; }

    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }

    /// <summary>Unix seconds.</summary>
    public long UpdatedAt { get; set; }

    /// <summary>SHA-256 of the canonical request, compared when an <c>Idempotency-Key</c> is reused.</summary>
    public string? RequestHash { get; set; }

    /// <summary>When a QUEUED DELAY transaction becomes due (Unix seconds).</summary>
    public long? ExecuteAfter { get; set; }

    /// <summary>The signed transaction (hex/base64 as the chain encodes it), stored before it is submitted so a crash never leads to a second, different signature.</summary>
    public string? SignedTx { get; set; }

    /// <summary>When the transaction was first submitted (Unix seconds).</summary>
    public long? SubmittedAt { get; set; }
}
