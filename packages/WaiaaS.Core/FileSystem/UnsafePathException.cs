namespace WaiaaS.Core.FileSystem;

/// <summary>A path was refused because using it could expose or redirect secrets (a symlink, loose permissions).</summary>
public sealed class UnsafePathException : IOException
{
    /// <summary>Creates the exception.</summary>
    public UnsafePathException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public UnsafePathException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public UnsafePathException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
