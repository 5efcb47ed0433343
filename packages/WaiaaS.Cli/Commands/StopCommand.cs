using System.CommandLine;
using System.Diagnostics;
using WaiaaS.Daemon.Hosting;

namespace WaiaaS.Cli.Commands;

/// <summary><c>waiaas stop</c>: asks the daemon to stop gracefully and forces it after <c>shutdown_timeout</c>.</summary>
internal static class StopCommand
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    public static Command Create(CliContext context)
    {
        var command = new Command("stop", "Stop the daemon gracefully (in-flight requests finish); forced after [daemon] shutdown_timeout.");
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(CommonOptions.DataDir), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? dataDir, CancellationToken cancellationToken)
    {
        var (loaded, exitCode) = LoadedDataDirectory.Load(context, dataDir, initialize: false);
        if (loaded is null)
        {
            return exitCode;
        }

        var layout = loaded.Layout;
        if (!DaemonInstanceLock.IsHeld(layout))
        {
            context.Error.WriteLine($"The daemon is not running for {layout.Root}.");
            return ExitCodes.NotRunning;
        }

        if (!File.Exists(layout.PidFile) || !int.TryParse(File.ReadAllText(layout.PidFile).Trim(), out var pid))
        {
            context.Error.WriteLine($"error: a daemon holds {layout.LockFile} but {layout.PidFile} is missing; stop it by hand.");
            return ExitCodes.Failure;
        }

        ProcessSignals.RequestStop(pid);
        context.Error.WriteLine($"Stopping the daemon (pid {pid})...");
        var timeout = TimeSpan.FromSeconds(loaded.Config.Daemon.ShutdownTimeoutSeconds) + Grace;
        if (await WaitForReleaseAsync(layout, timeout, cancellationToken).ConfigureAwait(false))
        {
            context.Error.WriteLine("Stopped.");
            return ExitCodes.Success;
        }

        context.Error.WriteLine($"The daemon did not stop within {timeout.TotalSeconds:0} s; forcing it.");
        ProcessSignals.ForceStop(pid);
        if (await WaitForReleaseAsync(layout, Grace, cancellationToken).ConfigureAwait(false))
        {
            TryDelete(layout.PidFile);
            TryDelete(layout.PortFile);
            context.Error.WriteLine("Stopped (forced).");
            return ExitCodes.Success;
        }

        context.Error.WriteLine($"error: could not stop process {pid}.");
        return ExitCodes.Failure;
    }

    private static async Task<bool> WaitForReleaseAsync(Core.DataDirectory.DataDirectoryLayout layout, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (!DaemonInstanceLock.IsHeld(layout))
            {
                return true;
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }

        return !DaemonInstanceLock.IsHeld(layout);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Stale files are harmless: the free lock tells the next start that nothing runs.
        }
    }
}
