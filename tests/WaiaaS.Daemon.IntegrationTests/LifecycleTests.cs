using System.Text.Json;
using WaiaaS.Daemon.Storage;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary><c>start --detach</c>, <c>status</c>, a refused second start, <c>stop</c>, and the audit trail they leave.</summary>
public sealed class LifecycleTests
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task Detached_daemon_starts_reports_status_refuses_a_second_start_and_stops_cleanly()
    {
        await using var sandbox = new DaemonSandbox();

        var start = await sandbox.RunAsync("start", "--detach");
        Assert.True(start.ExitCode == 0, start.ToString());
        var url = sandbox.BaseAddress.ToString().TrimEnd('/');
        Assert.Equal(url, start.Output.Trim());
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(sandbox.PidFile));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(sandbox.PortFile));
        Assert.True(sandbox.LockHeld());
        var pid = sandbox.DaemonPid;
        Assert.True(Signals.IsAlive(pid));

        var status = await sandbox.RunAsync("status");
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains(url, status.Output);
        Assert.Contains($"pid {pid}", status.Output);

        var statusJson = await sandbox.RunAsync("status", "--json");
        Assert.True(statusJson.ExitCode == 0, statusJson.ToString());
        AssertHealth(JsonDocument.Parse(statusJson.Output).RootElement);
        using var client = DaemonHttp.Client(sandbox.BaseAddress);
        AssertHealth(await DaemonHttp.GetJsonAsync(client, "health"));

        var second = await sandbox.RunAsync("start", "--detach");
        Assert.True(second.ExitCode == 6, second.ToString());
        Assert.Contains("already running", second.Error);
        Assert.Contains(sandbox.DataDir, second.Error);
        var secondForeground = await sandbox.RunAsync("start");
        Assert.True(secondForeground.ExitCode == 6, secondForeground.ToString());
        Assert.Contains("already running", secondForeground.Error);
        Assert.Equal(pid, sandbox.DaemonPid);

        var started = await DaemonHttp.GetJsonAsync(client, "v1/audit-logs?eventType=daemon.started", withPassword: true);
        Assert.Single(started.GetProperty("items").EnumerateArray());

        var stop = await sandbox.RunAsync("stop");
        Assert.True(stop.ExitCode == 0, stop.ToString());
        Assert.False(File.Exists(sandbox.PidFile));
        Assert.False(File.Exists(sandbox.PortFile));
        Assert.False(sandbox.LockHeld());
        await Poll.UntilAsync(() => !SandboxProcesses.CommandLineNames(pid, sandbox.Root), "the stopped daemon's process to end");

        var after = await sandbox.RunAsync("status");
        Assert.True(after.ExitCode == 5, after.ToString());
        Assert.Contains("not running", after.Error);
        var stopAgain = await sandbox.RunAsync("stop");
        Assert.True(stopAgain.ExitCode == 5, stopAgain.ToString());

        var events = SandboxDatabase.Strings(sandbox.DatabaseFile, "SELECT event_type FROM audit_log ORDER BY seq");
        Assert.Equal(["master.password_set", "daemon.started", "daemon.stopped"], events);

        var verify = await sandbox.RunAsync("audit", "verify");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("audit chain intact (3 rows)", verify.Output);
    }

    private static void AssertHealth(JsonElement health)
    {
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(RepositoryRoot.Version, health.GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.Null, health.GetProperty("latestVersion").ValueKind);
        Assert.False(health.GetProperty("updateAvailable").GetBoolean());
        Assert.Equal(SchemaVersions.Latest, health.GetProperty("schemaVersion").GetInt32());
        Assert.True(health.GetProperty("uptime").GetInt64() >= 0);
        var timestamp = health.GetProperty("timestamp").GetInt64();
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        Assert.InRange(timestamp, now - 3600, now + 3600);
    }
}
