namespace WaiaaS.Core.DataDirectory;

/// <summary>
/// Chooses the data directory: <c>--data-dir</c> &gt; <c>WAIAAS_DATA_DIR</c> &gt; <c>$XDG_DATA_HOME/waiaas</c>
/// (only when XDG_DATA_HOME is set) &gt; <c>~/.waiaas</c>.
/// </summary>
public static class DataDirectoryResolver
{
    /// <summary>The environment variable that names the data directory.</summary>
    public const string EnvironmentVariable = "WAIAAS_DATA_DIR";

    /// <summary>Resolves the data directory to an absolute path.</summary>
    /// <param name="flagValue">The <c>--data-dir</c> value, if given.</param>
    /// <param name="environment">The process environment.</param>
    /// <param name="homeDirectory">The user's home directory.</param>
    public static ResolvedDataDirectory Resolve(string? flagValue, IReadOnlyDictionary<string, string> environment, string homeDirectory)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(flagValue))
        {
            return new(Absolute(flagValue, homeDirectory), DataDirectorySource.Flag);
        }

        if (environment.TryGetValue(EnvironmentVariable, out var fromEnvironment) && !string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return new(Absolute(fromEnvironment, homeDirectory), DataDirectorySource.EnvironmentVariable);
        }

        if (environment.TryGetValue("XDG_DATA_HOME", out var xdg) && !string.IsNullOrWhiteSpace(xdg))
        {
            return new(Path.Combine(Absolute(xdg, homeDirectory), "waiaas"), DataDirectorySource.XdgDataHome);
        }

        return new(Path.Combine(homeDirectory, ".waiaas"), DataDirectorySource.HomeDirectory);
    }

    // "~" and "~/x" are expanded because a value from an environment file or a quoted flag reaches us unexpanded.
    private static string Absolute(string path, string homeDirectory)
    {
        if (path == "~")
        {
            path = homeDirectory;
        }
        else if (path.StartsWith("~/", StringComparison.Ordinal))
        {
            path = Path.Combine(homeDirectory, path[2..]);
        }

        return Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
    }
}
