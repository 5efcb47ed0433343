namespace WaiaaS.Core.Configuration;

/// <summary><c>[daemon]</c>: how the daemon listens, logs, shuts down and checks for updates.</summary>
public sealed record DaemonSettings
{
    /// <summary>TCP port of the HTTP API and admin UI.</summary>
    public int Port { get; init; } = 3100;

    /// <summary>Address to bind; loopback by default so nothing off the machine can reach the daemon.</summary>
    public string Hostname { get; init; } = "127.0.0.1";

    /// <summary>Minimum log level: trace, debug, info, warn or error.</summary>
    public string LogLevel { get; init; } = "info";

    /// <summary>Seconds a graceful stop may take before it is forced.</summary>
    public int ShutdownTimeoutSeconds { get; init; } = 30;

    /// <summary>Whether the admin UI is served at <c>/admin</c>.</summary>
    public bool AdminUi { get; init; } = true;

    /// <summary>Seconds of inactivity after which an admin UI login expires.</summary>
    public int AdminTimeoutSeconds { get; init; } = 900;

    /// <summary>Whether the daemon asks the update feed for newer versions.</summary>
    public bool UpdateCheck { get; init; } = true;

    /// <summary>Seconds between update checks.</summary>
    public int UpdateCheckIntervalSeconds { get; init; } = 86400;

    /// <summary>NuGet v3 flat-container base URL asked for the versions of WaiaaS.Cli.</summary>
    public string UpdateFeed { get; init; } = "https://api.nuget.org/v3-flatcontainer/";
}
