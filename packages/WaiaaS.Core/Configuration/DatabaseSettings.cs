namespace WaiaaS.Core.Configuration;

/// <summary><c>[database]</c>: the SQLite database.</summary>
public sealed record DatabaseSettings
{
    /// <summary>Database file, relative to the data directory unless absolute.</summary>
    public string Path { get; init; } = "data/waiaas.db";

    /// <summary>How long a connection waits for a lock before failing, in milliseconds.</summary>
    public int BusyTimeoutMs { get; init; } = 5000;

    /// <summary>Seconds between <c>wal_checkpoint(TRUNCATE)</c> runs.</summary>
    public int WalCheckpointIntervalSeconds { get; init; } = 300;
}
