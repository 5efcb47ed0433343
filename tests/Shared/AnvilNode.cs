using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using System.Text;

namespace WaiaaS.Tests.Shared;

/// <summary>
/// A real Anvil node (npm <c>@foundry-rs/anvil</c>, pinned in tests/node) on a free 127.0.0.1 port with automine, for
/// tests that need an EVM chain. Nothing remote is contacted (no fork URL).
/// </summary>
internal sealed class AnvilNode : IAsyncDisposable
{
    public const long ChainId = 31337;

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AnvilNode(Process process, Uri url, HttpClient http)
    {
        _process = process;
        Url = url;
        Http = http;
        Rpc = new LoopbackJsonRpc(http, url);
    }

    public Uri Url { get; }

    public HttpClient Http { get; }

    public LoopbackJsonRpc Rpc { get; }

    public static string BinaryPath { get; } = Path.Combine(RepositoryRoot.Path, "tests", "node", "node_modules", ".bin", "anvil");

    public static async Task<AnvilNode> StartAsync()
    {
        if (!File.Exists(BinaryPath))
        {
            throw new InvalidOperationException($"Anvil not found at {BinaryPath}; run `bash build/bootstrap.sh`.");
        }

        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var start = new ProcessStartInfo(BinaryPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--chain-id", ChainId.ToString(CultureInfo.InvariantCulture), "--quiet", "--accounts", "2", "--balance", "1000000" })
            {
                start.ArgumentList.Add(argument);
            }

            var process = new Process { StartInfo = start };
            var node = new AnvilNode(process, new Uri($"http://127.0.0.1:{port}/"), LoopbackHttp.Create());
            process.OutputDataReceived += (_, e) => node.Append(e.Data);
            process.ErrorDataReceived += (_, e) => node.Append(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (await node.WaitReadyAsync())
            {
                return node;
            }

            var output = node.Output;
            await node.DisposeAsync();
            if (attempt == 2)
            {
                throw new InvalidOperationException("Anvil did not start: " + output);
            }
        }
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public Task SetBalanceAsync(string address, BigInteger wei) => Rpc.CallAsync("anvil_setBalance", address, "0x" + wei.ToString("x", CultureInfo.InvariantCulture).TrimStart('0').PadLeft(1, '0'));

    public async Task<BigInteger> BalanceAsync(string address) => Hex((await Rpc.CallAsync("eth_getBalance", address, "latest"))!.GetValue<string>());

    public async Task<long> NonceAsync(string address) => (long)Hex((await Rpc.CallAsync("eth_getTransactionCount", address, "latest"))!.GetValue<string>());

    public async Task<long> BlockNumberAsync() => (long)Hex((await Rpc.CallAsync("eth_blockNumber"))!.GetValue<string>());

    /// <summary>Every transaction mined so far (hash, from, to, value, nonce), for "the chain agrees with the database" checks.</summary>
    public async Task<IReadOnlyList<(string Hash, string From, string? To, BigInteger Value, long Nonce)>> AllTransactionsAsync()
    {
        var list = new List<(string, string, string?, BigInteger, long)>();
        var head = await BlockNumberAsync();
        for (var block = 0L; block <= head; block++)
        {
            var data = await Rpc.CallAsync("eth_getBlockByNumber", "0x" + block.ToString("x", CultureInfo.InvariantCulture), true);
            foreach (var tx in data!["transactions"]!.AsArray())
            {
                list.Add((tx!["hash"]!.GetValue<string>(), tx["from"]!.GetValue<string>(), tx["to"]?.GetValue<string>(),
                    Hex(tx["value"]!.GetValue<string>()), (long)Hex(tx["nonce"]!.GetValue<string>())));
            }
        }

        return list;
    }

    public static BigInteger Hex(string value) =>
        BigInteger.Parse("0" + value[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<bool> WaitReadyAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60) && !_process.HasExited)
        {
            try
            {
                if (await Rpc.CallAsync("eth_chainId") is not null)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        return false;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
