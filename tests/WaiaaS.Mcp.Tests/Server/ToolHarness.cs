using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol.Protocol;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Sessions;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Mcp.Resources;
using WaiaaS.Mcp.Server;
using WaiaaS.Mcp.Sessions;
using WaiaaS.Mcp.Tools;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Mcp.Tests.Server;

/// <summary>
/// The MCP server's tools and resources wired as <c>waiaas mcp serve</c> wires them, against a real in-process daemon
/// (TestServer). The daemon knows an EVM network <c>local</c> whose RPC URL is a closed loopback port: reads that need
/// no chain work, sends are stored (DELAY tier) but never executed.
/// </summary>
internal sealed class ToolHarness : IAsyncDisposable
{
    public const string Network = "local";

    private ToolHarness(DaemonTestHost host, SessionManager session, ToolRunner runner, DaemonApi daemon, string walletId, string address, string tokenFile)
    {
        Host = host;
        Session = session;
        WalletTools = new WalletTools(runner);
        TransactionTools = new TransactionTools(runner);
        Resources = new WaiaasResources(runner, session, daemon);
        WalletId = walletId;
        Address = address;
        TokenFile = tokenFile;
    }

    public DaemonTestHost Host { get; }

    public SessionManager Session { get; }

    public WalletTools WalletTools { get; }

    public TransactionTools TransactionTools { get; }

    public WaiaasResources Resources { get; }

    public string WalletId { get; }

    public string Address { get; }

    public string TokenFile { get; }

    public static async Task<ToolHarness> StartAsync(Uri? daemonUrl = null)
    {
        var config = DaemonTestHost.TestConfig(s => s with { RateLimitSessionRpm = 0, RateLimitTxRpm = 0 });
        config = config with
        {
            Rpc = config.Rpc with
            {
                Custom = ImmutableDictionary<string, CustomNetworkSettings>.Empty
                    .Add(Network, new CustomNetworkSettings(Network, ChainType.Ethereum, 31337, $"http://127.0.0.1:{ClosedPort()}/", NetworkEnvironment.Testnet)),
            },
        };
        var host = await DaemonTestHost.StartAsync(config);
        var wallet = await host.CreateWalletAsync("mcp-tools", "ethereum");
        var walletId = wallet.GetProperty("id").GetString()!;
        var (_, policy) = await host.SendAsync(HttpMethod.Post, "/v1/policies", new
        {
            walletId,
            type = "SPENDING_LIMIT",
            rules = new { instant_max = new { native = "1" }, notify_max = new { native = "1" }, delay_max = new { native = "1000000000000000000" }, delay_seconds = 86400 },
        });
        Assert.True(policy.TryGetProperty("id", out _), policy.ToString());
        var (_, session) = await host.SendAsync(HttpMethod.Post, "/v1/sessions", new { walletId, source = "mcp" });
        var tokenFile = Path.Combine(host.Root, "mcp-token");
        Assert.Null(SessionTokenFile.Write(tokenFile, session.GetProperty("token").GetString()!));

        var http = host.Daemon.App.GetTestClient();
        if (daemonUrl is not null)
        {
            http = LoopbackHttp.Create();
            http.BaseAddress = daemonUrl;
        }

        var daemon = new DaemonApi(new FixedHttpClientFactory(http));
        var manager = new SessionManager(new SessionManagerOptions(tokenFile), daemon, host.Time, NullLogger<SessionManager>.Instance);
        await manager.StartAsync(CancellationToken.None);
        var runner = new ToolRunner(manager, daemon, NullLogger<ToolRunner>.Instance);
        return new ToolHarness(host, manager, runner, daemon, walletId, wallet.GetProperty("address").GetString()!, tokenFile);
    }

    /// <summary>A loopback port nothing listens on (bound, then released).</summary>
    public static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The JSON text of a tool result.</summary>
    public static JsonObject Json(CallToolResult result) => JsonNode.Parse(result.Content.OfType<TextContentBlock>().Single().Text)!.AsObject();

    public static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    public async Task<JsonElement> MasterAsync(HttpMethod method, string path, object? body = null) => (await Host.SendAsync(method, path, body)).Body;

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        await Host.DisposeAsync();
    }

    private sealed class FixedHttpClientFactory(HttpClient client) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => client;
    }
}
