namespace WaiaaS.Daemon.Hosting;

/// <summary>Facts about the running daemon that <c>/health</c> reports.</summary>
internal sealed class DaemonRuntime(TimeProvider time, int schemaVersion)
{
    private string? _latestVersion;

    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    /// <summary>The schema version recorded in the database after the gate ran.</summary>
    public int SchemaVersion { get; } = schemaVersion;

    /// <summary>The newest published version, once the version check has run.</summary>
    public string? LatestVersion
    {
        get => Volatile.Read(ref _latestVersion);
        set => Volatile.Write(ref _latestVersion, value);
    }
}
