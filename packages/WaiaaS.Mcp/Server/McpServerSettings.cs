using WaiaaS.Mcp.Sessions;

namespace WaiaaS.Mcp.Server;

/// <summary>What <see cref="WaiaasMcpServer"/> needs: where the daemon listens and where the session token lives.</summary>
/// <param name="DaemonUrl">The daemon's base address (loopback, e.g. <c>http://127.0.0.1:3100/</c>).</param>
/// <param name="Session">The session manager's options (token file, the environment token, timings).</param>
public sealed record McpServerSettings(Uri DaemonUrl, SessionManagerOptions Session)
{
    /// <summary>The server name MCP clients show.</summary>
    public const string ServerName = "waiaas";

    /// <summary>The lowest level written to stderr (the protocol owns stdout).</summary>
    public Microsoft.Extensions.Logging.LogLevel LogLevel { get; init; } = Microsoft.Extensions.Logging.LogLevel.Information;
}
