namespace WaiaaS.Mcp.Sessions;

/// <summary>
/// A call could not run because the session has no usable token. Tools turn it into a normal (not <c>isError</c>)
/// result carrying <see cref="Guidance"/> (pitfall H-04). The message never contains a token.
/// </summary>
public sealed class SessionUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SessionUnavailableException(SessionState state, string guidance, string? code = null)
        : base(guidance)
    {
        State = state;
        Guidance = guidance;
        Code = code;
    }

    /// <summary>Creates the exception.</summary>
    public SessionUnavailableException()
        : this(SessionState.Error, "The WaiaaS session is not available.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public SessionUnavailableException(string message)
        : this(SessionState.Error, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SessionUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
        State = SessionState.Error;
        Guidance = message;
    }

    /// <summary>The manager's state when the call was refused.</summary>
    public SessionState State { get; }

    /// <summary>What the user should do (run <c>waiaas mcp refresh-token</c>, or Telegram <c>/newsession</c>).</summary>
    public string Guidance { get; }

    /// <summary>The daemon's error code that ended the session, when a call was refused (for example <c>SESSION_EXPIRED</c>).</summary>
    public string? Code { get; }
}
