namespace WaiaaS.Core.Crypto;

/// <summary>Thrown when the system libsodium library cannot be loaded or initialised.</summary>
public sealed class SodiumUnavailableException : Exception
{
    /// <summary>How to install libsodium on the common platforms.</summary>
    public const string InstallHint =
        "Install libsodium: Debian/Ubuntu `apt-get install libsodium23`, Fedora `dnf install libsodium`, macOS `brew install libsodium`, Windows: put libsodium.dll next to the tool or on PATH.";

    /// <summary>Creates the exception with the reason and the install hint.</summary>
    public SodiumUnavailableException(string reason)
        : base($"libsodium could not be loaded ({reason}). {InstallHint}")
    {
    }

    /// <summary>Creates the exception with the standard message.</summary>
    public SodiumUnavailableException()
        : this("not found")
    {
    }

    /// <summary>Creates the exception wrapping a cause.</summary>
    public SodiumUnavailableException(string reason, Exception innerException)
        : base($"libsodium could not be loaded ({reason}). {InstallHint}", innerException)
    {
    }
}
