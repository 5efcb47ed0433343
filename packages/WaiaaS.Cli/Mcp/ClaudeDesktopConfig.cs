namespace WaiaaS.Cli.Mcp;

/// <summary>
/// Where Claude Desktop reads its MCP server list: <c>claude_desktop_config.json</c> in its application-data folder
/// (Electron's <c>appData</c>): macOS <c>~/Library/Application Support/Claude</c>, Windows <c>%APPDATA%\Claude</c>,
/// Linux <c>$XDG_CONFIG_HOME/Claude</c> (default <c>~/.config/Claude</c>).
/// </summary>
internal static class ClaudeDesktopConfig
{
    public const string FileName = "claude_desktop_config.json";

    /// <summary>The platform this process runs on.</summary>
    public static ClientPlatform CurrentPlatform =>
        OperatingSystem.IsWindows() ? ClientPlatform.Windows : OperatingSystem.IsMacOS() ? ClientPlatform.MacOS : ClientPlatform.Linux;

    /// <summary>The config file path of <paramref name="platform"/>, from the user's home folder and environment.</summary>
    public static string PathFor(ClientPlatform platform, string homeDirectory, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentException.ThrowIfNullOrEmpty(homeDirectory);
        ArgumentNullException.ThrowIfNull(environment);
        return platform switch
        {
            ClientPlatform.MacOS => Join('/', homeDirectory, "Library", "Application Support", "Claude", FileName),
            ClientPlatform.Windows => Join('\\', NonEmpty(environment, "APPDATA") ?? Join('\\', homeDirectory, "AppData", "Roaming"), "Claude", FileName),
            _ => Join('/', NonEmpty(environment, "XDG_CONFIG_HOME") ?? Join('/', homeDirectory, ".config"), "Claude", FileName),
        };
    }

    // Path.Combine uses this machine's separator; the paths of the other platforms are built with theirs (so the
    // Windows path is right when computed, and tested, on Linux).
    private static string Join(char separator, string first, params string[] rest) =>
        string.Join(separator, rest.Prepend(first.TrimEnd('/', separator)));

    private static string? NonEmpty(IReadOnlyDictionary<string, string> environment, string name) =>
        environment.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
