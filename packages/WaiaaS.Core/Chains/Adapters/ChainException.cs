namespace WaiaaS.Core.Chains.Adapters;

/// <summary>A classified chain or RPC failure. Messages never contain keys or signed payloads.</summary>
public sealed class ChainException : Exception
{
    /// <summary>Creates a classified failure.</summary>
    public ChainException(ChainErrorKind kind, string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Code = code;
    }

    /// <summary>Creates an unclassified (permanent) failure.</summary>
    public ChainException()
        : this(ChainErrorKind.Permanent, ChainErrorCodes.ChainError, "Chain error.")
    {
    }

    /// <summary>Creates an unclassified (permanent) failure with a message.</summary>
    public ChainException(string message)
        : this(ChainErrorKind.Permanent, ChainErrorCodes.ChainError, message)
    {
    }

    /// <summary>Creates an unclassified (permanent) failure with a message and cause.</summary>
    public ChainException(string message, Exception innerException)
        : this(ChainErrorKind.Permanent, ChainErrorCodes.ChainError, message, innerException)
    {
    }

    /// <summary>Permanent, transient or stale.</summary>
    public ChainErrorKind Kind { get; }

    /// <summary>A stable code from <see cref="ChainErrorCodes"/>.</summary>
    public string Code { get; }
}
