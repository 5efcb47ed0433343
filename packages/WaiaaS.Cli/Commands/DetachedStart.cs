using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace WaiaaS.Cli.Commands;

/// <summary>
/// <c>start --detach</c>: starts <c>waiaas start</c> as a background process logging to logs/daemon.log, hands it the
/// master password through a pipe (never argv or the environment), and returns once <c>/health</c> answers.
/// </summary>
internal static class DetachedStart
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(CliContext context, string? dataDir, CancellationToken cancellationToken)
    {
        var (loaded, exitCode) = LoadedDataDirectory.Load(context, dataDir, initialize: true);
        if (loaded is null)
        {
            return exitCode;
        }

        if (Daemon.Hosting.DaemonInstanceLock.IsHeld(loaded.Layout))
        {
            context.Error.WriteLine($"error: a WaiaaS daemon is already running for {loaded.Layout.Root}.");
            return ExitCodes.AlreadyRunning;
        }

        var firstStart = !File.Exists(loaded.Layout.DatabaseFile(loaded.Config.Database.Path));
        var password = MasterPasswordSource.Read(context, fromStdin: false, confirmWhenPrompting: firstStart);
        if (password is null)
        {
            return ExitCodes.MasterPasswordRejected;
        }

        var logFile = loaded.Layout.DaemonLogFile;
        var logStart = File.Exists(logFile) ? new FileInfo(logFile).Length : 0;
        Process child;
        try
        {
            child = Spawn(loaded.Layout.Root, logFile);
            await child.StandardInput.WriteLineAsync(Encoding.UTF8.GetString(password).AsMemory(), cancellationToken).ConfigureAwait(false);
            child.StandardInput.Close();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(password);
        }

        using (child)
        {
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < StartTimeout)
            {
                if (child.HasExited)
                {
                    context.Error.WriteLine($"error: the daemon exited during start-up (exit code {child.ExitCode}). From {logFile}:");
                    context.Error.Write(ReadFrom(logFile, logStart));
                    return child.ExitCode == 0 ? ExitCodes.Failure : child.ExitCode;
                }

                if (await HealthyAsync(loaded, cancellationToken).ConfigureAwait(false) is { } url)
                {
                    context.Error.WriteLine($"WaiaaS started in the background (pid {child.Id}); logs: {logFile}. Stop with 'waiaas stop'.");
                    context.Output.WriteLine(url);
                    return ExitCodes.Success;
                }

                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }

        context.Error.WriteLine($"error: the daemon did not answer /health within {StartTimeout.TotalSeconds:0} s; see {logFile}.");
        return ExitCodes.Failure;
    }

    private static Process Spawn(string dataDir, string logFile)
    {
        var info = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var host = Environment.ProcessPath ?? "dotnet";
        info.FileName = host;
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Add(typeof(DetachedStart).Assembly.Location);
        }

        foreach (var argument in new[] { "start", "--data-dir", dataDir, "--password-stdin", "--log-to", logFile })
        {
            info.ArgumentList.Add(argument);
        }

        // The child must not know the password through its environment; the pipe carries it.
        info.Environment.Remove(MasterPasswordSource.EnvironmentVariable);
        info.Environment.Remove(MasterPasswordSource.FileVariable);
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the daemon process");
        // The child logs to the file; our ends of its output pipes are not needed (and must not keep callers waiting).
        process.StandardOutput.Close();
        process.StandardError.Close();
        return process;
    }

    private static async Task<string?> HealthyAsync(LoadedDataDirectory loaded, CancellationToken cancellationToken)
    {
        using var connection = DaemonConnection.Find(loaded);
        if (connection is null)
        {
            return null;
        }

        try
        {
            var (status, _) = await connection.SendAsync(HttpMethod.Get, "health", null, null, cancellationToken).ConfigureAwait(false);
            return status == 200 ? connection.BaseAddress.ToString().TrimEnd('/') : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static string ReadFrom(string file, long offset)
    {
        if (!File.Exists(file))
        {
            return "(no log written)\n";
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
