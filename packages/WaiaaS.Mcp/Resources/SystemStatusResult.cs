using WaiaaS.Core.Contracts;

namespace WaiaaS.Mcp.Resources;

/// <summary><c>waiaas://system/status</c>.</summary>
/// <param name="Daemon">The daemon's <c>/health</c>, or null when it did not answer.</param>
/// <param name="DaemonError">Why the daemon's health is missing.</param>
/// <param name="Session">This server's session.</param>
internal sealed record SystemStatusResult(HealthResponse? Daemon, string? DaemonError, SessionStatusResult Session);
