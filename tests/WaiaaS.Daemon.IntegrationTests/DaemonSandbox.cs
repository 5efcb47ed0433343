using System.Diagnostics;
using System.Globalization;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>
/// One test's private data directory plus the environment every <c>waiaas</c> it runs gets: port 0, cheap Argon2id,
/// no update check, the master password in <c>WAIAAS_MASTER_PASSWORD</c>, nothing inherited from the caller's WAIAAS_*.
/// Disposing kills every process still running for this data directory (the path holds a fresh GUID, so nothing
/// else matches) and deletes the folder.
/// </summary>
public sealed class DaemonSandbox : IAsyncDisposable
{
    public const string Password = "integration-test-password";

    private static readonly UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private readonly List<Process> _processes = [];

    public DaemonSandbox()
    {
        Directory.CreateDirectory(Root, Private);
        Environment = BaseEnvironment();
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "waiaas-daemon-itest-" + Guid.NewGuid().ToString("N"));

    /// <summary>The data directory (created by the first <c>start</c>).</summary>
    public string DataDir => Path.Combine(Root, "data-dir");

    public string PidFile => Path.Combine(DataDir, "daemon.pid");

    public string PortFile => Path.Combine(DataDir, "daemon.port");

    public string LockFile => Path.Combine(DataDir, "daemon.lock");

    public string KeystoreFolder => Path.Combine(DataDir, "keystore");

    public string DatabaseFile => Path.Combine(DataDir, "data", "waiaas.db");

    /// <summary>The environment of every child process; tests may change entries before running a command.</summary>
    public Dictionary<string, string> Environment { get; }

    public static string WaiaasDll { get; } = Path.Combine(AppContext.BaseDirectory, "waiaas.dll");

    /// <summary>Runs <c>waiaas &lt;arguments&gt; --data-dir &lt;DataDir&gt;</c> to completion.</summary>
    public Task<CliResult> RunAsync(params string[] arguments) => RunAsync(Environment, arguments);

    public async Task<CliResult> RunAsync(IDictionary<string, string> environment, params string[] arguments)
    {
        var (exitCode, output, error) = await ProcessRunner.RunAsync(
            "dotnet", [WaiaasDll, .. arguments, "--data-dir", DataDir], Root, environment, TimeSpan.FromMinutes(2), replaceEnvironment: true);
        return new CliResult(exitCode, output, error);
    }

    /// <summary>A copy of <see cref="Environment"/> with <paramref name="changes"/> applied (a null value removes the variable).</summary>
    public Dictionary<string, string> EnvironmentWith(params (string Name, string? Value)[] changes)
    {
        var copy = new Dictionary<string, string>(Environment, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                copy.Remove(name);
            }
            else
            {
                copy[name] = value;
            }
        }

        return copy;
    }

    /// <summary><c>start --detach</c>, asserting success; returns the daemon's base URL (from daemon.port).</summary>
    public async Task<Uri> StartDetachedAsync()
    {
        var result = await RunAsync("start", "--detach");
        Assert.True(result.ExitCode == 0, "start --detach failed: " + result);
        return BaseAddress;
    }

    /// <summary>Starts <c>waiaas start</c> in the foreground as a child of the test (killed on dispose if still running).</summary>
    public RunningProcess StartForeground()
    {
        var info = ProcessRunner.CreateStartInfo("dotnet", [WaiaasDll, "start", "--data-dir", DataDir], Root, Environment, replaceEnvironment: true);
        var process = Process.Start(info)!;
        lock (_processes)
        {
            _processes.Add(process);
        }

        return new RunningProcess(process);
    }

    public int Port => int.Parse(File.ReadAllText(PortFile).Trim(), CultureInfo.InvariantCulture);

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public int DaemonPid => int.Parse(File.ReadAllText(PidFile).Trim(), CultureInfo.InvariantCulture);

    /// <summary>Whether some process holds the data directory's instance lock (probed the way the CLI does).</summary>
    public bool LockHeld()
    {
        if (!File.Exists(LockFile))
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(LockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>SIGKILLs the daemon named by daemon.pid and waits until the OS has released its lock.</summary>
    public async Task KillDaemonAsync()
    {
        var pid = DaemonPid;
        Assert.True(SandboxProcesses.CommandLineNames(pid, Root), $"pid {pid} in {PidFile} is not a daemon of this test");
        Signals.Send(pid, Signals.Kill);
        // A dead process (even an unreaped zombie) has an empty command line.
        await Poll.UntilAsync(() => !SandboxProcesses.CommandLineNames(pid, Root) && !LockHeld(), "the killed daemon to disappear");
    }

    public async ValueTask DisposeAsync()
    {
        lock (_processes)
        {
            foreach (var process in _processes)
            {
                try
                {
                    if (!process.HasExited)
                    {
                        process.Kill(entireProcessTree: true);
                    }
                }
                catch (InvalidOperationException)
                {
                    // Already gone.
                }

                process.Dispose();
            }
        }

        foreach (var pid in SandboxProcesses.Naming(Root))
        {
            SandboxProcesses.KillQuietly(pid);
        }

        await Poll.UntilAsync(() => SandboxProcesses.Naming(Root).Count == 0, "this test's daemons to exit");
        Directory.Delete(Root, recursive: true);
    }

    private static Dictionary<string, string> BaseEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (!name.StartsWith("WAIAAS_", StringComparison.Ordinal))
            {
                environment[name] = (string)entry.Value!;
            }
        }

        environment["WAIAAS_DAEMON_PORT"] = "0";
        environment["WAIAAS_DAEMON_HOSTNAME"] = "127.0.0.1";
        environment["WAIAAS_DAEMON_UPDATE_CHECK"] = "false";
        environment["WAIAAS_KEYSTORE_ARGON2_MEMORY_KIB"] = "8192";
        environment["WAIAAS_KEYSTORE_ARGON2_ITERATIONS"] = "1";
        environment["WAIAAS_MASTER_PASSWORD"] = Password;
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return environment;
    }
}
