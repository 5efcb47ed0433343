using System.Text.Json.Nodes;
using WaiaaS.Core.Contracts;

namespace WaiaaS.Cli.Mcp;

/// <summary>
/// What <c>mcp setup</c> and <c>quickset</c> print: on stdout the <c>mcpServers</c> snippet (pasteable as it is), on
/// stderr the session, the token file and where Claude Desktop's config lives; with <c>--json</c> one object on stdout.
/// Never the token.
/// </summary>
internal sealed record McpSetupReport(SessionResponse Session, string TokenFile, McpServerEntry Entry, string ConfigPath)
{
    public static McpSetupReport For(CliContext context, LoadedDataDirectory loaded, SessionResponse session, string tokenFile, string? walletId, string entryName) =>
        new(
            session,
            tokenFile,
            McpServerEntry.For(ToolLauncher.Current(), loaded.Layout.Root, walletId, entryName),
            ClaudeDesktopConfig.PathFor(ClaudeDesktopConfig.CurrentPlatform, context.HomeDirectory, context.Environment));

    /// <summary>The <c>--json</c> object: sessionId, expiresAt, tokenFile, walletIds, configPath, mcpServers.</summary>
    public JsonObject ToJson() => new()
    {
        ["sessionId"] = Session.Id,
        ["expiresAt"] = Session.ExpiresAt,
        ["tokenFile"] = TokenFile,
        ["walletIds"] = new JsonArray([.. Session.Wallets.Select(w => (JsonNode?)JsonValue.Create(w.Id))]),
        ["configPath"] = ConfigPath,
        ["mcpServers"] = Entry.ToServersObject(),
    };

    public void Print(CliContext context, bool json)
    {
        if (json)
        {
            context.Output.WriteLine(CliFormat.ToJson(ToJson()));
            return;
        }

        context.Output.WriteLine(CliFormat.ToJson(Entry.ToConfigSnippet()));
        var wallets = string.Join(", ", Session.Wallets.Select(w => $"{w.Name} ({w.Id})"));
        context.Error.WriteLine($"Session {Session.Id} for {wallets}; the token expires {CliFormat.Time(Session.ExpiresAt)} and the MCP server renews it.");
        context.Error.WriteLine($"Token file: {TokenFile}");
        context.Error.WriteLine($"Add the \"{Entry.Name}\" entry above to \"mcpServers\" in {ConfigPath} (create the file if it does not exist), then restart Claude Desktop.");
    }
}
