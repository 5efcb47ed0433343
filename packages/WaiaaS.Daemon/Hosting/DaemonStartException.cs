namespace WaiaaS.Daemon.Hosting;

/// <summary>A start-up refusal with a message meant for the operator (never containing secrets).</summary>
public sealed class DaemonStartException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DaemonStartException(DaemonStartFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>Creates the exception.</summary>
    public DaemonStartException()
        : this(DaemonStartFailure.KeystoreInvalid, "the daemon could not start")
    {
    }

    /// <summary>Creates the exception.</summary>
    public DaemonStartException(string message)
        : this(DaemonStartFailure.KeystoreInvalid, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DaemonStartException(string message, Exception innerException)
        : this(DaemonStartFailure.KeystoreInvalid, message, innerException)
    {
    }

    /// <summary>The reason.</summary>
    public DaemonStartFailure Failure { get; }
}
