using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>
/// The official TypeScript MCP client (<c>@modelcontextprotocol/sdk</c>, pinned in tests/node) in a Node process that
/// starts <c>waiaas mcp serve</c> over stdio and runs the requests this class writes to it, one JSON line each
/// (tests/node/mcp/client-driver.mjs). One client and one server for the driver's whole life.
/// </summary>
internal sealed class McpClientDriver : IAsyncDisposable
{
    private readonly Process _node;
    private readonly StringBuilder _stderr = new();

    private McpClientDriver(Process node) => _node = node;

    public string ServerLog
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Starts the client, which starts <c>dotnet waiaas.dll mcp serve --data-dir …</c> with <paramref name="environment"/>.</summary>
    public static async Task<McpClientDriver> StartAsync(DaemonSandbox sandbox, IDictionary<string, string> environment, params string[] serveArguments)
    {
        var script = Path.Combine(RepositoryRoot.Path, "tests", "node", "mcp", "client-driver.mjs");
        var info = ProcessRunner.CreateStartInfo(
            "node", [script, "dotnet", DaemonSandbox.WaiaasDll, "mcp", "serve", "--data-dir", sandbox.DataDir, .. serveArguments], sandbox.Root, environment, replaceEnvironment: true);
        var node = Process.Start(info) ?? throw new InvalidOperationException("node did not start");
        var driver = new McpClientDriver(node);
        node.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (driver._stderr)
                {
                    driver._stderr.AppendLine(e.Data);
                }
            }
        };
        node.BeginErrorReadLine();
        var ready = await driver.ReadAsync();
        Assert.True(ready["ok"]?.GetValue<bool>() == true, "the MCP client did not connect: " + ready + "\n" + driver.ServerLog);
        return driver;
    }

    public Task<JsonObject> ListToolsAsync() => RequestAsync(new JsonObject { ["op"] = "listTools" });

    public Task<JsonObject> ListResourcesAsync() => RequestAsync(new JsonObject { ["op"] = "listResources" });

    /// <summary>Calls a tool; returns the MCP result (<c>content</c>, <c>isError</c>).</summary>
    public async Task<JsonObject> CallToolAsync(string name, object? arguments = null)
    {
        var answer = await RequestAsync(new JsonObject { ["op"] = "callTool", ["name"] = name, ["arguments"] = JsonSerializer.SerializeToNode(arguments ?? new { }) });
        return answer["result"]!.AsObject();
    }

    public async Task<JsonObject> ReadResourceAsync(string uri)
    {
        var answer = await RequestAsync(new JsonObject { ["op"] = "readResource", ["uri"] = uri });
        return answer["result"]!.AsObject();
    }

    /// <summary>The JSON in a tool result's first text block.</summary>
    public static JsonObject TextJson(JsonObject result) => JsonNode.Parse(result["content"]![0]!["text"]!.GetValue<string>())!.AsObject();

    public static bool IsError(JsonObject result) => result["isError"]?.GetValue<bool>() == true;

    private async Task<JsonObject> RequestAsync(JsonObject request)
    {
        await _node.StandardInput.WriteLineAsync(request.ToJsonString());
        await _node.StandardInput.FlushAsync();
        var answer = await ReadAsync();
        Assert.True(answer["ok"]?.GetValue<bool>() == true, $"{request["op"]} failed in the MCP client: {answer}\n{ServerLog}");
        return answer;
    }

    private async Task<JsonObject> ReadAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var line = await _node.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("the MCP client exited:\n" + ServerLog);
        return JsonNode.Parse(line)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_node.HasExited)
            {
                await _node.StandardInput.WriteLineAsync("""{"op":"close"}""");
                await _node.StandardInput.FlushAsync();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _node.WaitForExitAsync(timeout.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
        {
            _node.Kill(entireProcessTree: true);
        }

        _node.Dispose();
    }
}
