using System.CommandLine;

namespace WaiaaS.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary><c>--data-dir</c>: overrides WAIAAS_DATA_DIR, $XDG_DATA_HOME/waiaas and ~/.waiaas.</summary>
    public static Option<string?> DataDir { get; } = new("--data-dir")
    {
        Description = "Data directory (default: $WAIAAS_DATA_DIR, else $XDG_DATA_HOME/waiaas, else ~/.waiaas)",
        HelpName = "path",
        Recursive = true,
    };
}
