using System.Text.Json.Nodes;

namespace WaiaaS.Cli.Mcp;

/// <summary>
/// One entry of an MCP client's <c>mcpServers</c> object (Claude Desktop and the clients that copied its format):
/// <c>"name": {"command": "...", "args": [...]}</c> that starts <c>waiaas mcp serve</c> for a data directory.
/// </summary>
/// <param name="Name">The key under <c>mcpServers</c>.</param>
/// <param name="Command">The executable (absolute path).</param>
/// <param name="Args">Its arguments.</param>
internal sealed record McpServerEntry(string Name, string Command, IReadOnlyList<string> Args)
{
    /// <summary>The key of the entry that serves the default token file.</summary>
    public const string DefaultName = "waiaas";

    /// <summary>
    /// The entry that runs <c>mcp serve</c> with <paramref name="launcher"/> on <paramref name="dataDirectory"/>; with
    /// <paramref name="walletId"/> it reads that wallet's token file (<c>--wallet</c>), else the default one.
    /// </summary>
    public static McpServerEntry For(ToolLauncher launcher, string dataDirectory, string? walletId, string name)
    {
        ArgumentNullException.ThrowIfNull(launcher);
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        ArgumentException.ThrowIfNullOrEmpty(name);
        List<string> args = [.. launcher.LeadingArguments, "mcp", "serve"];
        if (walletId is not null)
        {
            args.AddRange(["--wallet", walletId]);
        }

        args.AddRange(["--data-dir", Path.GetFullPath(dataDirectory)]);
        return new McpServerEntry(name, launcher.Command, args);
    }

    /// <summary>The entry's name for one wallet: <c>waiaas-&lt;wallet name&gt;</c>, so several can sit side by side.</summary>
    public static string NameForWallet(string walletName) => DefaultName + "-" + walletName;

    /// <summary><c>{"name": {"command", "args"}}</c>: the value of <c>mcpServers</c>.</summary>
    public JsonObject ToServersObject() => new()
    {
        [Name] = new JsonObject
        {
            ["command"] = Command,
            ["args"] = new JsonArray([.. Args.Select(a => (JsonNode?)JsonValue.Create(a))]),
        },
    };

    /// <summary><c>{"mcpServers": {...}}</c>: what to merge into the client's config file.</summary>
    public JsonObject ToConfigSnippet() => new() { ["mcpServers"] = ToServersObject() };
}
