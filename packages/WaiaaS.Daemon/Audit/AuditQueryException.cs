namespace WaiaaS.Daemon.Audit;

/// <summary>
/// An <see cref="AuditQuery"/> the caller got wrong (maps to HTTP 400). <see cref="Code"/> is stable:
/// <c>INVALID_CURSOR</c>, <c>INVALID_LIMIT</c>, <c>INVALID_RANGE</c>.
/// </summary>
public sealed class AuditQueryException : Exception
{
    /// <summary>The cursor is not an audit row id, or no such row exists.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>The limit is outside 1..200.</summary>
    public const string InvalidLimit = "INVALID_LIMIT";

    /// <summary><c>from</c> is after <c>to</c>.</summary>
    public const string InvalidRange = "INVALID_RANGE";

    /// <summary>Creates the exception.</summary>
    public AuditQueryException(string code, string message)
        : base(message) => Code = code;

    /// <summary>Creates an exception with <see cref="InvalidCursor"/> (prefer the main constructor).</summary>
    public AuditQueryException()
        : this(InvalidCursor, "Invalid audit query.")
    {
    }

    /// <summary>Creates an exception with <see cref="InvalidCursor"/> (prefer the main constructor).</summary>
    public AuditQueryException(string message)
        : this(InvalidCursor, message)
    {
    }

    /// <summary>Creates an exception with <see cref="InvalidCursor"/> (prefer the main constructor).</summary>
    public AuditQueryException(string message, Exception innerException)
        : base(message, innerException) => Code = InvalidCursor;

    /// <summary>Stable code of the problem.</summary>
    public string Code { get; }
}
