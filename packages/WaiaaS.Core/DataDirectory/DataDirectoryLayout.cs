namespace WaiaaS.Core.DataDirectory;

/// <summary>Where everything lives inside a data directory (SPEC §2).</summary>
public sealed class DataDirectoryLayout(string root)
{
    /// <summary>The data directory itself.</summary>
    public string Root { get; } = root;

    /// <summary>Operator configuration.</summary>
    public string ConfigFile => Path.Combine(Root, "config.toml");

    /// <summary>Process id of the running daemon.</summary>
    public string PidFile => Path.Combine(Root, "daemon.pid");

    /// <summary>Held by the running daemon: one instance per data directory.</summary>
    public string LockFile => Path.Combine(Root, "daemon.lock");

    /// <summary>Port the running daemon listens on.</summary>
    public string PortFile => Path.Combine(Root, "daemon.port");

    /// <summary>Folder of the SQLite database.</summary>
    public string DataFolder => Path.Combine(Root, "data");

    /// <summary>Encrypted key files, one per wallet, and the keystore salt.</summary>
    public string KeystoreFolder => Path.Combine(Root, "keystore");

    /// <summary>Default MCP session token file.</summary>
    public string McpTokenFile => Path.Combine(Root, "mcp-token");

    /// <summary>Per-wallet MCP session token files.</summary>
    public string McpTokensFolder => Path.Combine(Root, "mcp-tokens");

    /// <summary>Rolling daemon logs.</summary>
    public string LogsFolder => Path.Combine(Root, "logs");

    /// <summary>The daemon's log file.</summary>
    public string DaemonLogFile => Path.Combine(LogsFolder, "daemon.log");

    /// <summary>Pre-upgrade and pre-migration backups and backup archives.</summary>
    public string BackupsFolder => Path.Combine(Root, "backups");

    /// <summary>The token file of one wallet's MCP server.</summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="walletId"/> is not a safe file name (<see cref="Sessions.SessionTokenFile.IsValidWalletId"/>), so it can never leave the folder.
    /// </exception>
    public string McpTokenFileFor(string walletId) =>
        Sessions.SessionTokenFile.IsValidWalletId(walletId)
            ? Path.Combine(McpTokensFolder, walletId)
            : throw new ArgumentException("A wallet id in a token file name must be 1-128 ASCII letters, digits, '-' or '_'.", nameof(walletId));

    /// <summary>The database file for a configured <c>[database] path</c> (relative to the root unless absolute).</summary>
    public string DatabaseFile(string configuredPath) => Path.GetFullPath(configuredPath, Root);

    /// <summary>Every folder the layout needs, parents first.</summary>
    public IReadOnlyList<string> Folders => [Root, DataFolder, KeystoreFolder, McpTokensFolder, LogsFolder, BackupsFolder];
}
