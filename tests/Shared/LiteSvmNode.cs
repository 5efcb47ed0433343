using System.Diagnostics;
using System.Globalization;

namespace WaiaaS.Tests.Shared;

/// <summary>
/// The project's Solana JSON-RPC server around LiteSVM (tests/node/solana/rpc-server.mjs, the real SVM runtime) on a
/// free 127.0.0.1 port. The server exits when its stdin closes, so it never outlives the tests.
/// </summary>
internal sealed class LiteSvmNode : IAsyncDisposable
{
    private readonly Process _process;

    private LiteSvmNode(Process process, Uri url, HttpClient http)
    {
        _process = process;
        Url = url;
        Http = http;
        Rpc = new LoopbackJsonRpc(http, url);
    }

    public Uri Url { get; }

    public HttpClient Http { get; }

    public LoopbackJsonRpc Rpc { get; }

    public static async Task<LiteSvmNode> StartAsync()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "node");
        var start = new ProcessStartInfo("node", [Path.Combine(folder, "solana", "rpc-server.mjs"), "0"])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await process.StandardOutput.ReadLineAsync(deadline.Token);
        if (line is null || !line.StartsWith("listening http://127.0.0.1:", StringComparison.Ordinal))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The LiteSVM RPC server did not start: {line} {await process.StandardError.ReadToEndAsync(CancellationToken.None)}");
        }

        _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
        return new LiteSvmNode(process, new Uri(line["listening ".Length..]), LoopbackHttp.Create());
    }

    public Task AirdropAsync(string address, ulong lamports) => Rpc.CallAsync("requestAirdrop", address, lamports);

    public async Task<ulong> BalanceAsync(string address) =>
        ulong.Parse((await Rpc.CallAsync("getBalance", address))!["value"]!.ToJsonString(), CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        finally
        {
            _process.Dispose();
            Http.Dispose();
        }
    }
}
