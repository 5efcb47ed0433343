namespace WaiaaS.Daemon.Storage;

/// <summary>A single-use nonce issued by <c>GET /v1/nonce</c> for an owner signature (table <c>owner_nonces</c>).</summary>
public sealed class OwnerNonceEntity
{
    /// <summary>The nonce itself (random, URL-safe).</summary>
    public required string Nonce { get; set; }

    /// <summary>The wallet the nonce was issued for, if the caller named one.</summary>
    public string? WalletId { get; set; }

    /// <summary>What the nonce may be used for (e.g. <c>owner_verify</c>, <c>kill_switch</c>).</summary>
    public required string Purpose { get; set; }

    /// <summary>When the nonce stops being accepted (Unix seconds).</summary>
    public long ExpiresAt { get; set; }

    /// <summary>When the nonce was consumed (Unix seconds); a used nonce is never accepted again.</summary>
    public long? UsedAt { get; set; }

    /// <summary>When the nonce was issued (Unix seconds).</summary>
    public long CreatedAt { get; set; }
}
