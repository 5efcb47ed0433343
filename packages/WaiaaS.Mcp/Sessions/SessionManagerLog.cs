using Microsoft.Extensions.Logging;

namespace WaiaaS.Mcp.Sessions;

/// <summary>The manager's log lines. None of them takes a token.</summary>
internal static partial class SessionManagerLog
{
    [LoggerMessage(1, LogLevel.Information, "Session {SessionId} loaded from {Source}; expires {ExpiresAt:u}, renewal at {RenewAt:u}")]
    public static partial void Loaded(ILogger logger, string sessionId, string source, DateTimeOffset expiresAt, DateTimeOffset renewAt);

    [LoggerMessage(2, LogLevel.Information, "Session {SessionId} renewed ({RenewalCount} renewals, {RenewalsRemaining} left); expires {ExpiresAt:u}, next renewal at {RenewAt:u}")]
    public static partial void Renewed(ILogger logger, string sessionId, int renewalCount, string renewalsRemaining, DateTimeOffset expiresAt, DateTimeOffset renewAt);

    [LoggerMessage(3, LogLevel.Warning, "Session state {State}: {Reason}")]
    public static partial void StateChanged(ILogger logger, SessionState state, string reason);

    [LoggerMessage(4, LogLevel.Warning, "Renewal of session {SessionId} failed ({Code}); retry in {Delay}")]
    public static partial void RenewalRetry(ILogger logger, string sessionId, string code, TimeSpan delay);

    [LoggerMessage(5, LogLevel.Information, "Adopted a new session token from {Path} (session {SessionId}, expires {ExpiresAt:u})")]
    public static partial void Adopted(ILogger logger, string path, string sessionId, DateTimeOffset expiresAt);

    [LoggerMessage(6, LogLevel.Warning, "Disposing: the renewal in flight did not finish within {Timeout}; it is cancelled")]
    public static partial void DisposeTimedOut(ILogger logger, TimeSpan timeout);

    [LoggerMessage(7, LogLevel.Error, "Unexpected failure in session maintenance ({ExceptionType})")]
    public static partial void Unexpected(ILogger logger, string exceptionType);
}
