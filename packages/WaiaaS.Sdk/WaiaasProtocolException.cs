namespace WaiaaS.Sdk;

/// <summary>The daemon answered with success, but the body is not the shape the endpoint promises (not JSON, or a required field missing).</summary>
public sealed class WaiaasProtocolException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="status">The HTTP status of the answer.</param>
    /// <param name="message">What was expected and where.</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public WaiaasProtocolException(int status, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
    }

    /// <summary>The HTTP status of the answer.</summary>
    public int Status { get; }
}
