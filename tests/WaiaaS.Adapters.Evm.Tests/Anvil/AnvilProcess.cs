using System.Diagnostics;
using System.Text;
using WaiaaS.Adapters.Evm.Rpc;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Adapters.Evm.Tests.Anvil;

/// <summary>An Anvil node (npm @foundry-rs/anvil, pinned in tests/node) on a random 127.0.0.1 port.</summary>
internal sealed class AnvilProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadinessDeadline = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AnvilProcess(Process process, Uri rpcUrl)
    {
        _process = process;
        RpcUrl = rpcUrl;
    }

    public static string BinaryPath { get; } = Path.Combine(RepositoryRoot.Path, "tests", "node", "node_modules", ".bin", "anvil");

    public Uri RpcUrl { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts Anvil and waits until it answers eth_chainId (a few attempts in case the port was taken meanwhile).</summary>
    public static async Task<AnvilProcess> StartAsync(HttpClient http, ulong chainId)
    {
        EnsureInstalled();
        var failures = new StringBuilder();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var anvil = Launch(FreeLoopbackPort.Pick(), chainId);
            if (await anvil.WaitUntilReadyAsync(http, chainId))
            {
                return anvil;
            }

            failures.AppendLine(anvil.Output);
            await anvil.DisposeAsync();
        }

        throw new InvalidOperationException("Anvil did not become ready on 127.0.0.1:\n" + failures);
    }

    /// <summary>Fails (never skips) when the pinned Anvil is missing: with CI=true or not, the fix is the same.</summary>
    public static void EnsureInstalled()
    {
        if (!File.Exists(BinaryPath))
        {
            throw new InvalidOperationException(
                $"Anvil not found at {BinaryPath}. Run `bash build/bootstrap.sh` (installs the pinned test peers from tests/node/package-lock.json). CI={Environment.GetEnvironmentVariable("CI") ?? "unset"}.");
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

    /// <summary>Kills the node (and the npm wrapper's child) and waits for it to exit.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(deadline.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static AnvilProcess Launch(int port, ulong chainId)
    {
        var start = new ProcessStartInfo(BinaryPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Loopback only, no fork URL (nothing remote is ever contacted), quiet logs, automine.
        foreach (var argument in new[] { "--host", "127.0.0.1", "--port", port.ToString(), "--chain-id", chainId.ToString(), "--quiet", "--accounts", "10", "--balance", "10000" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var anvil = new AnvilProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => anvil.Append(e.Data);
        process.ErrorDataReceived += (_, e) => anvil.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return anvil;
    }

    private async Task<bool> WaitUntilReadyAsync(HttpClient http, ulong chainId)
    {
        var rpc = new EvmRpcClient(http, new EvmRpcOptions { MaxAttempts = 1, Timeout = TimeSpan.FromSeconds(5) });
        var started = Stopwatch.StartNew();
        while (started.Elapsed < ReadinessDeadline)
        {
            if (_process.HasExited)
            {
                return false;
            }

            try
            {
                var actual = await rpc.GetChainIdAsync(RpcUrl, CancellationToken.None);
                return actual == chainId ? true : throw new InvalidOperationException($"Anvil answered chain id {actual}, not {chainId}.");
            }
            catch (ChainException e) when (e.Kind == ChainErrorKind.Transient)
            {
                await Task.Delay(100);
            }
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
