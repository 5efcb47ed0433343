namespace WaiaaS.Adapters.Evm.Rpc;

/// <summary>Timeouts and retries of <see cref="EvmRpcClient"/>.</summary>
public sealed record EvmRpcOptions
{
    /// <summary>The time one HTTP attempt may take before it counts as a (transient) timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Attempts per call, the first included; only transient failures are retried.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Delay before the first retry; doubled for each further retry.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The defaults.</summary>
    public static EvmRpcOptions Default { get; } = new();
}
