namespace WaiaaS.Cli;

/// <summary>
/// Every exit code of <c>waiaas</c>, in one place (documented in docs/cli.md). Scripts may rely on them.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>An unexpected failure (a bug or broken infrastructure); the message says what failed.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong (unknown command or option, missing value).</summary>
    public const int Usage = 2;

    /// <summary>config.toml or a WAIAAS_* variable is invalid; every problem is listed with key, file and line.</summary>
    public const int ConfigInvalid = 3;

    /// <summary>The data directory is unsafe to use (a symlink, writable by other users, or not a folder).</summary>
    public const int UnsafeDataDirectory = 4;

    /// <summary>The daemon is not running (for commands that need it).</summary>
    public const int NotRunning = 5;

    /// <summary>A daemon is already running for this data directory.</summary>
    public const int AlreadyRunning = 6;

    /// <summary>The configured port is taken by another program.</summary>
    public const int PortInUse = 7;

    /// <summary>The master password is missing, wrong, or (when first set) too short.</summary>
    public const int MasterPasswordRejected = 8;

    /// <summary>The database schema is incompatible (too new, too old) or a migration step failed; the message says what to do.</summary>
    public const int SchemaIncompatible = 9;

    /// <summary>A required system library (libsodium) is missing; the message says how to install it.</summary>
    public const int DependencyMissing = 10;

    /// <summary>An integrity check failed (<c>keystore verify</c>, <c>audit verify</c>): the output names the first problem.</summary>
    public const int IntegrityCheckFailed = 11;

    /// <summary>The daemon answered with an error; its code and message are printed.</summary>
    public const int RequestRefused = 12;

    /// <summary>The command needs an ACTIVE wallet and there is none (<c>mcp setup</c>), or a <c>quickset</c> wallet name is taken by an unusable wallet.</summary>
    public const int NoActiveWallet = 13;
}
