namespace WaiaaS.Adapters.Solana.Rpc;

/// <summary>How the JSON-RPC client talks to a node.</summary>
public sealed record SolanaRpcOptions
{
    /// <summary>Per-request timeout (each attempt).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Extra attempts after a transient failure (timeouts, dropped connections, HTTP 429/5xx, node unhealthy).</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>Delay before the first retry; doubles each time.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Commitment for reads and preflight: <c>processed</c>, <c>confirmed</c> or <c>finalized</c>.</summary>
    public string Commitment { get; init; } = "confirmed";

    /// <summary>Skip the node's preflight simulation on <c>sendTransaction</c> (failures then show up as dropped or failed transactions).</summary>
    public bool SkipPreflight { get; init; }

    /// <summary>The defaults.</summary>
    public static SolanaRpcOptions Default { get; } = new();
}
