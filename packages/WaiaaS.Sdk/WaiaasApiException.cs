using System.Text.Json;

namespace WaiaaS.Sdk;

/// <summary>
/// The daemon answered with an error: its envelope <c>{code, message, hint?, retryable, details?, requestId}</c>, or
/// for a body that is no envelope the code <c>HTTP_&lt;status&gt;</c>. The message never carries a token or password.
/// </summary>
public sealed class WaiaasApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="code">The error code (e.g. <c>POLICY_DENIED</c>), or <c>HTTP_&lt;status&gt;</c>.</param>
    /// <param name="message">The daemon's message.</param>
    /// <param name="hint">What to do about it, when the daemon says.</param>
    /// <param name="retryable">Whether the same request may succeed later.</param>
    /// <param name="requestId">The daemon's request id (for its log).</param>
    /// <param name="details">Structured facts (policy id, limit, …).</param>
    public WaiaasApiException(int status, string code, string message, string? hint = null, bool retryable = false, string? requestId = null, JsonElement? details = null)
        : base(message)
    {
        Status = status;
        Code = code;
        Hint = hint;
        Retryable = retryable;
        RequestId = requestId;
        Details = details;
        DaemonMessage = message;
    }

    /// <summary>The HTTP status.</summary>
    public int Status { get; }

    /// <summary>
    /// The daemon's own message, as its envelope says it (<see cref="Exception.Message"/> adds the call and the code in
    /// front, for logs and stack traces).
    /// </summary>
    public string DaemonMessage { get; init; }

    /// <summary>The error code, e.g. <c>RENEWAL_TOO_EARLY</c>; <c>HTTP_&lt;status&gt;</c> when the body was no envelope.</summary>
    public string Code { get; }

    /// <summary>What to do about it, when the daemon says.</summary>
    public string? Hint { get; }

    /// <summary>Whether the same request may succeed later.</summary>
    public bool Retryable { get; }

    /// <summary>The daemon's request id.</summary>
    public string? RequestId { get; }

    /// <summary>Structured facts about the error, when the daemon gives them.</summary>
    public JsonElement? Details { get; }
}
