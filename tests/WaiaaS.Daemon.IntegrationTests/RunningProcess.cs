using System.Diagnostics;
using System.Text;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>A foreground <c>waiaas</c> started by a test, with its output collected as it arrives.</summary>
public sealed class RunningProcess
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Task _pump;

    internal RunningProcess(Process process)
    {
        _process = process;
        _process.StandardInput.Close();
        _pump = Task.WhenAll(PumpAsync(process.StandardOutput), PumpAsync(process.StandardError));
    }

    public int Id => _process.Id;

    /// <summary>Everything printed so far on stdout and stderr.</summary>
    public string OutputSoFar
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Waits (deadline 60 s) for the process to exit and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("the daemon did not exit; output so far:\n" + OutputSoFar);
        }

        await _pump;
        return _process.ExitCode;
    }

    private async Task PumpAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
