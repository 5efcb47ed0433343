namespace WaiaaS.Mcp.Tools;

/// <summary>The JSON text of a failed tool call (<c>isError: true</c>).</summary>
/// <param name="Error">Always true, so a model reading only the text still sees it failed.</param>
/// <param name="Code">The daemon's error code (e.g. <c>POLICY_DENIED</c>) or the server's own (<c>DAEMON_UNREACHABLE</c>).</param>
/// <param name="Message">What went wrong.</param>
/// <param name="Hint">What to do about it, when known.</param>
/// <param name="Retryable">Whether the same call may succeed later.</param>
/// <param name="RequestId">The daemon's request id, for its logs and audit rows.</param>
internal sealed record ToolErrorResult(bool Error, string Code, string Message, string? Hint, bool Retryable, string? RequestId);
