using System.Diagnostics;
using System.Text.Json.Nodes;
using WaiaaS.Adapters.Solana.Rpc;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana.Tests.Harness;

/// <summary>
/// Starts tests/node/solana/rpc-server.mjs (LiteSVM behind Solana's JSON-RPC) on a random loopback port for a test
/// collection, waits until it answers getHealth, and stops it afterwards.
/// </summary>
public sealed class LiteSvmRpcFixture : IAsyncLifetime
{
    private Process? _process;

    public HttpClient Http { get; } = TestHttp.Create();

    public ChainEndpoint Endpoint { get; private set; } = null!;

    public SolanaRpcClient Rpc { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        NodeTooling.RequireInstalled();
        var start = new ProcessStartInfo(NodeTooling.FindNode()!, [NodeTooling.Script("solana/rpc-server.mjs"), "0"])
        {
            WorkingDirectory = NodeTooling.NodeFolder,
            RedirectStandardInput = true, // the server exits when this closes, so it never outlives the tests
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start)!;
        var stderr = _process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? line;
        try
        {
            line = await _process.StandardOutput.ReadLineAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            line = null;
        }

        if (line is null || !line.StartsWith("listening http://127.0.0.1:", StringComparison.Ordinal))
        {
            _process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The LiteSVM RPC server did not start: {line} {await stderr}");
        }

        var url = new Uri(line["listening ".Length..]);
        Endpoint = new ChainEndpoint(new NetworkInfo("solana-litesvm", ChainType.Solana, NetworkEnvironment.Testnet, null, null, null), url);
        Rpc = new SolanaRpcClient(Http, url);
        while (true)
        {
            try
            {
                if ((await Rpc.CallAsync("getHealth", [], deadline.Token))?.GetValue<string>() == "ok")
                {
                    return;
                }
            }
            catch (WaiaaS.Core.Chains.Adapters.ChainException) when (!deadline.IsCancellationRequested)
            {
            }

            await Task.Delay(100, deadline.Token);
        }
    }

    /// <summary>Test-only server method: every blockhash handed out so far stops being valid.</summary>
    public Task<JsonNode?> ExpireBlockhashAsync() => Rpc.CallAsync("waiaas_expireBlockhash", [], CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.StandardInput.Close();
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Http.Dispose();
    }
}
