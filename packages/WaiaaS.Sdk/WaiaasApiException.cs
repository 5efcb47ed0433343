using System.Text.Json;

namespace WaiaaS.Sdk;

/// <summary>
/// The daemon refused a request: the error envelope's <c>status</c>, <c>code</c>, <c>hint</c>, <c>retryable</c>,
/// <c>requestId</c> and <c>details</c>. The message never contains a token or a password.
/// </summary>
public sealed class WaiaasApiException : Exception
{
    /// <summary>Creates the exception from an error envelope.</summary>
    public WaiaasApiException(int status, string code, string message, string? hint, bool retryable, string? requestId, JsonElement? details)
        : base(message)
    {
        Status = status;
        Code = code;
        Hint = hint;
        Retryable = retryable;
        RequestId = requestId;
        Details = details;
    }

    /// <summary>Creates the exception (status 0, code <c>UNKNOWN</c>).</summary>
    public WaiaasApiException()
        : this(0, "UNKNOWN", "The daemon refused the request.", null, false, null, null)
    {
    }

    /// <summary>Creates the exception (status 0, code <c>UNKNOWN</c>) with a message.</summary>
    public WaiaasApiException(string message)
        : this(0, "UNKNOWN", message, null, false, null, null)
    {
    }

    /// <summary>Creates the exception (status 0, code <c>UNKNOWN</c>) with a message and cause.</summary>
    public WaiaasApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "UNKNOWN";
    }

    /// <summary>The HTTP status.</summary>
    public int Status { get; }

    /// <summary>The stable error code (for example <c>RENEWAL_TOO_EARLY</c>).</summary>
    public string Code { get; }

    /// <summary>What to do about it, when the daemon said.</summary>
    public string? Hint { get; }

    /// <summary>Whether repeating the same request can succeed.</summary>
    public bool Retryable { get; }

    /// <summary>The daemon's request id, for its log.</summary>
    public string? RequestId { get; }

    /// <summary>The envelope's <c>details</c>, when present.</summary>
    public JsonElement? Details { get; }
}
