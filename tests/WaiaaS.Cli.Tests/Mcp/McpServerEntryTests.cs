using System.Text.Json.Nodes;
using WaiaaS.Cli.Mcp;

namespace WaiaaS.Cli.Tests.Mcp;

public sealed class McpServerEntryTests
{
    private static readonly ToolLauncher DotnetHost = new("/usr/share/dotnet/dotnet", ["/opt/waiaas/waiaas.dll"]);
    private static readonly ToolLauncher Apphost = new("/home/alice/.dotnet/tools/waiaas", []);

    [Fact]
    public void For_DefaultTokenFile_RunsMcpServeOnTheDataDirectory()
    {
        var entry = McpServerEntry.For(Apphost, "/home/alice/.waiaas", null, McpServerEntry.DefaultName);

        Assert.Equal("/home/alice/.dotnet/tools/waiaas", entry.Command);
        Assert.Equal(["mcp", "serve", "--data-dir", Path.GetFullPath("/home/alice/.waiaas")], entry.Args);
    }

    [Fact]
    public void For_OneWallet_PassesItsIdAfterTheDll()
    {
        var entry = McpServerEntry.For(DotnetHost, "/data", "01a2-wallet", McpServerEntry.NameForWallet("trading"));

        Assert.Equal("waiaas-trading", entry.Name);
        Assert.Equal(["/opt/waiaas/waiaas.dll", "mcp", "serve", "--wallet", "01a2-wallet", "--data-dir", Path.GetFullPath("/data")], entry.Args);
    }

    [Fact]
    public void ToConfigSnippet_HasTheClaudeDesktopShape()
    {
        var entry = McpServerEntry.For(DotnetHost, "/data", null, "waiaas");

        var snippet = JsonNode.Parse(CliFormat.ToJson(entry.ToConfigSnippet()))!;

        var server = snippet["mcpServers"]!["waiaas"]!;
        Assert.Equal("/usr/share/dotnet/dotnet", server["command"]!.GetValue<string>());
        Assert.Equal(entry.Args, server["args"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(2, server.AsObject().Count);
    }

    [Fact]
    public void ToJson_KeepsWindowsPathsAndNonAsciiReadableButValid()
    {
        var entry = new McpServerEntry("waiaas", @"C:\Users\Zoë\.dotnet\tools\waiaas.exe", ["mcp", "serve"]);

        var text = CliFormat.ToJson(entry.ToConfigSnippet());

        Assert.Contains(@"C:\\Users\\Zoë\\.dotnet", text);
        Assert.Equal(@"C:\Users\Zoë\.dotnet\tools\waiaas.exe", JsonNode.Parse(text)!["mcpServers"]!["waiaas"]!["command"]!.GetValue<string>());
    }
}
