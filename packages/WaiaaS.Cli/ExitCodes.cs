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
}
