using System.CommandLine;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using WaiaaS.Daemon.Hosting;

namespace WaiaaS.Cli.Commands;

/// <summary><c>waiaas start [--detach]</c>: runs the daemon in this process until stopped, or in the background.</summary>
internal static class StartCommand
{
    private static readonly Option<bool> Detach = new("--detach") { Description = "Start in the background and return once /health answers" };

    // Internal: the detached child reads the password from the parent through stdin and logs to a file.
    private static readonly Option<bool> PasswordFromStdin = new("--password-stdin") { Hidden = true };
    private static readonly Option<string?> LogTo = new("--log-to") { Hidden = true };

    public static Command Create(CliContext context)
    {
        var command = new Command("start", "Start the daemon (initialising the data directory if needed). The master password comes from WAIAAS_MASTER_PASSWORD, WAIAAS_MASTER_PASSWORD_FILE or a prompt.")
        {
            Detach,
            PasswordFromStdin,
            LogTo,
        };
        command.SetAction((parse, cancellationToken) => parse.GetValue(Detach)
            ? DetachedStart.RunAsync(context, parse.GetValue(CommonOptions.DataDir), cancellationToken)
            : RunAsync(context, parse.GetValue(CommonOptions.DataDir), parse.GetValue(PasswordFromStdin), parse.GetValue(LogTo), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? dataDir, bool passwordFromStdin, string? logTo, CancellationToken cancellationToken)
    {
        if (logTo is not null)
        {
            RedirectConsole(logTo);
            context = context with { Output = Console.Out, Error = Console.Error };
        }

        var (loaded, exitCode) = LoadedDataDirectory.Load(context, dataDir, initialize: true);
        if (loaded is null)
        {
            return exitCode;
        }

        if (DaemonInstanceLock.IsHeld(loaded.Layout))
        {
            context.Error.WriteLine($"error: a WaiaaS daemon is already running for {loaded.Layout.Root}. Use 'waiaas status' or 'waiaas stop'.");
            return ExitCodes.AlreadyRunning;
        }

        var firstStart = !File.Exists(loaded.Layout.DatabaseFile(loaded.Config.Database.Path));
        var password = MasterPasswordSource.Read(context, passwordFromStdin, confirmWhenPrompting: firstStart);
        if (password is null)
        {
            return ExitCodes.MasterPasswordRejected;
        }

        using var hangup = IgnoreHangupWhenDetached(logTo is not null);
        WaiaasDaemon daemon;
        try
        {
            daemon = await WaiaasDaemon.StartAsync(new DaemonStartOptions(loaded.Layout, loaded.Config, password), cancellationToken).ConfigureAwait(false);
        }
        catch (DaemonStartException e)
        {
            context.Error.WriteLine("error: " + e.Message);
            return ExitCodeFor(e.Failure);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(password);
        }

        await using (daemon.ConfigureAwait(false))
        {
            context.Error.WriteLine($"WaiaaS {ProductVersion.Current} is running on http://{loaded.Config.Daemon.Hostname}:{daemon.Port} (data: {loaded.Layout.Root}). Stop with Ctrl+C or 'waiaas stop'.");
            using var stopping = daemon.App.Lifetime.ApplicationStopping.Register(() => context.Error.WriteLine("Stopping: finishing in-flight requests..."));
            await daemon.WaitForShutdownAsync(CancellationToken.None).ConfigureAwait(false);
        }

        context.Error.WriteLine("Stopped.");
        return ExitCodes.Success;
    }

    internal static int ExitCodeFor(DaemonStartFailure failure) => failure switch
    {
        DaemonStartFailure.AlreadyRunning => ExitCodes.AlreadyRunning,
        DaemonStartFailure.WrongMasterPassword => ExitCodes.MasterPasswordRejected,
        DaemonStartFailure.SchemaIncompatible or DaemonStartFailure.MigrationFailed => ExitCodes.SchemaIncompatible,
        DaemonStartFailure.PortInUse => ExitCodes.PortInUse,
        DaemonStartFailure.LibsodiumMissing => ExitCodes.DependencyMissing,
        _ => ExitCodes.Failure,
    };

    private static void RedirectConsole(string logFile)
    {
        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.ReadWrite };
        if (Core.FileSystem.PrivateFileModes.Supported)
        {
            options.UnixCreateMode = Core.FileSystem.PrivateFileModes.File;
        }

        var stream = new FileStream(logFile, options);
        var writer = new StreamWriter(stream) { AutoFlush = true };
        Console.SetOut(writer);
        Console.SetError(writer);
    }

    // A detached daemon must outlive the terminal that started it.
    private static PosixSignalRegistration? IgnoreHangupWhenDetached(bool detached) =>
        detached && !OperatingSystem.IsWindows() ? PosixSignalRegistration.Create(PosixSignal.SIGHUP, signal => signal.Cancel = true) : null;
}
