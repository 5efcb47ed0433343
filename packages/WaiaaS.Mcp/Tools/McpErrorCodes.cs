namespace WaiaaS.Mcp.Tools;

/// <summary>Error codes the MCP server reports itself (the daemon's codes pass through unchanged).</summary>
internal static class McpErrorCodes
{
    /// <summary>The daemon did not answer (not running, wrong port, timed out).</summary>
    public const string DaemonUnreachable = "DAEMON_UNREACHABLE";

    /// <summary>The daemon answered something this server cannot read.</summary>
    public const string InvalidDaemonResponse = "INVALID_DAEMON_RESPONSE";

    /// <summary>The tool's arguments cannot form a request (checked before calling the daemon).</summary>
    public const string InvalidArguments = "INVALID_ARGUMENTS";
}
