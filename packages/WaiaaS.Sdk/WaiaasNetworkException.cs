namespace WaiaaS.Sdk;

/// <summary>The daemon could not be reached (connection refused, timeout, broken connection); the cause is kept as the inner exception.</summary>
public sealed class WaiaasNetworkException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WaiaasNetworkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public WaiaasNetworkException()
        : base("The WaiaaS daemon could not be reached.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public WaiaasNetworkException(string message)
        : base(message)
    {
    }
}
