namespace WaiaaS.Core.Configuration;

/// <summary><c>[autostop]</c>: rules that suspend a wallet on their own (SPEC §10).</summary>
public sealed record AutoStopSettings
{
    /// <summary>Whether the rules run at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Settled transactions in a row that failed before the wallet is suspended (0 = rule off).</summary>
    public int ConsecutiveFailures { get; init; } = 5;

    /// <summary>Transactions accepted within <see cref="WindowSeconds"/> above which the wallet is suspended (0 = rule off).</summary>
    public int MaxTransactionsPerWindow { get; init; } = 20;

    /// <summary>Length of the unusual-activity window in seconds.</summary>
    public int WindowSeconds { get; init; } = 300;

    /// <summary>Seconds without activity after which a wallet with live sessions is suspended (0 = rule off).</summary>
    public long IdleTimeoutSeconds { get; init; }
}
