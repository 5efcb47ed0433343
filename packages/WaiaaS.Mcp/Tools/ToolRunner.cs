using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using WaiaaS.Core.Errors;
using WaiaaS.Mcp.Server;
using WaiaaS.Mcp.Sessions;
using WaiaaS.Sdk;

namespace WaiaaS.Mcp.Tools;

/// <summary>
/// Runs one tool's daemon call with the session's current token (lazy 401 reload through the session manager) and turns
/// the outcome into the MCP result: the answer as JSON text; an expired session as guidance in a normal result (pitfall
/// H-04: an error result can make a client drop the server); any other failure as <c>isError</c> with code, hint and
/// retryable.
/// </summary>
internal sealed partial class ToolRunner(SessionManager session, DaemonApi daemon, ILogger<ToolRunner> logger)
{
    public async Task<CallToolResult> RunAsync<T>(string tool, Func<WaiaasClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            var value = await session.ExecuteAsync(token => call(daemon.For(token), cancellationToken), cancellationToken).ConfigureAwait(false);
            return Success(value);
        }
        catch (SessionUnavailableException e)
        {
            Log.SessionUnavailable(logger, tool, e.State);
            return Text(JsonSerializer.Serialize(new SessionExpiredResult(true, e.State.ToString().ToUpperInvariant(), e.Guidance, McpGuidance.RefreshCommand), McpJsonContext.Default.SessionExpiredResult), isError: false);
        }
        catch (WaiaasApiException e)
        {
            Log.Refused(logger, tool, e.Code, e.Status);
            // The daemon's hint names the REST field; a tool's argument is wallet_id.
            var hint = e.Code == ErrorCodes.WalletRequired.Code ? "Pass wallet_id (connect_info lists the session's wallets)." : e.Hint;
            return Failure(new ToolErrorResult(true, e.Code, e.DaemonMessage, hint, e.Retryable, e.RequestId));
        }
        catch (WaiaasNetworkException)
        {
            Log.Unreachable(logger, tool);
            return Failure(new ToolErrorResult(true, McpErrorCodes.DaemonUnreachable, "The WaiaaS daemon did not answer.", "Check that it runs: `waiaas status`; start it with `waiaas start`.", true, null));
        }
        catch (WaiaasProtocolException e)
        {
            Log.Refused(logger, tool, McpErrorCodes.InvalidDaemonResponse, 0);
            return Failure(new ToolErrorResult(true, McpErrorCodes.InvalidDaemonResponse, e.Message, "The daemon and this MCP server may be different versions: run `waiaas upgrade`.", false, null));
        }
    }

    /// <summary>A result with the JSON of <paramref name="value"/> (camelCase, as the daemon answers).</summary>
    public static CallToolResult Success<T>(T value) => Text(JsonSerializer.Serialize(value, typeof(T), McpJsonContext.Default), isError: false);

    public static CallToolResult Failure(ToolErrorResult error) => Text(JsonSerializer.Serialize(error, McpJsonContext.Default.ToolErrorResult), isError: true);

    private static CallToolResult Text(string json, bool isError) => new()
    {
        Content = [new TextContentBlock { Text = json }],
        IsError = isError ? true : null,
    };

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "{Tool}: the session is unavailable ({State}); returned the renewal guidance")]
        public static partial void SessionUnavailable(ILogger logger, string tool, SessionState state);

        [LoggerMessage(Level = LogLevel.Information, Message = "{Tool}: the daemon refused the call: {Code} (HTTP {Status})")]
        public static partial void Refused(ILogger logger, string tool, string code, int status);

        [LoggerMessage(Level = LogLevel.Warning, Message = "{Tool}: the daemon did not answer")]
        public static partial void Unreachable(ILogger logger, string tool);
    }
}
