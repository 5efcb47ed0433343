namespace WaiaaS.Daemon.Keystore;

/// <summary>A key file (or verifier record) that is not a valid document of a known version. Never carries secret bytes.</summary>
public sealed class KeystoreFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KeystoreFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public KeystoreFormatException()
        : this("invalid keystore document")
    {
    }

    /// <summary>Creates the exception.</summary>
    public KeystoreFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
