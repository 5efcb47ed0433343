namespace WaiaaS.Sdk;

/// <summary>The daemon could not be reached or did not answer in time (connection refused, reset, timeout). The inner exception is kept.</summary>
public sealed class WaiaasNetworkException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed (method and path, never credentials).</param>
    /// <param name="innerException">The transport's exception.</param>
    public WaiaasNetworkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
