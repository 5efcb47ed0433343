namespace WaiaaS.Daemon.Storage;

/// <summary>A row of <c>policies</c>.</summary>
public sealed class PolicyEntity
{
    /// <summary>UUIDv7 string.</summary>
    public required string Id { get; set; }

    /// <summary>The wallet, or null for a global policy.</summary>
    public string? WalletId { get; set; }

    /// <summary>The network, or null for every network.</summary>
    public string? Network { get; set; }

    /// <summary>Policy type (e.g. <c>SPENDING_LIMIT</c>).</summary>
    public required string Type { get; set; }

    /// <summary>Rules (JSON object text), shape per type.</summary>
    public required string Rules { get; set; }

    /// <summary>Evaluation priority (higher first).</summary>
    public int Priority { get; set; }

    /// <summary>Whether the policy is evaluated.</summary>
    public bool Enabled { get; set; }

    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }

    /// <summary>Unix seconds.</summary>
    public long UpdatedAt { get; set; }
}
