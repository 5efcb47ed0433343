using System.Globalization;
using Microsoft.Data.Sqlite;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>The schema gate as the operator meets it through <c>waiaas start</c> (seed 003 E2E #13–#15).</summary>
public sealed class SchemaGateTests
{
    [Fact]
    public async Task An_older_compatible_database_is_backed_up_and_migrated_on_start()
    {
        await using var sandbox = new DaemonSandbox();
        var init = await sandbox.RunAsync("init");
        Assert.True(init.ExitCode == 0, init.ToString());
        SchemaGate.CreateAt(sandbox.DatabaseFile, SchemaVersions.MinCompatible, TimeProvider.System, SchemaPlan.Default);
        SqliteConnection.ClearAllPools();

        using var client = DaemonHttp.Client(await sandbox.StartDetachedAsync());
        var health = await DaemonHttp.GetJsonAsync(client, "health");
        Assert.Equal(SchemaVersions.Latest, health.GetProperty("schemaVersion").GetInt32());
        var migrated = await DaemonHttp.GetJsonAsync(client, "v1/audit-logs?eventType=schema.migrated", withPassword: true);
        var details = Assert.Single(migrated.GetProperty("items").EnumerateArray()).GetProperty("details");
        Assert.Equal(SchemaVersions.MinCompatible, details.GetProperty("from").GetInt32());
        Assert.Equal(SchemaVersions.Latest, details.GetProperty("to").GetInt32());
        var backup = Path.Combine(sandbox.DataDir, "backups", details.GetProperty("backup").GetString()!);
        Assert.True(File.Exists(backup), backup);
        Assert.True((await sandbox.RunAsync("stop")).ExitCode == 0);

        Assert.Equal(SchemaVersions.MinCompatible, ReadVersion(backup));
        Assert.Equal(SchemaVersions.Latest, ReadVersion(sandbox.DatabaseFile));
    }

    [Fact]
    public async Task A_newer_or_too_old_database_stops_start_with_exit_9_and_instructions_and_is_left_unchanged()
    {
        await using var sandbox = new DaemonSandbox();
        await sandbox.StartDetachedAsync();
        Assert.True((await sandbox.RunAsync("stop")).ExitCode == 0);
        var auditRows = AuditRowCount(sandbox);

        var newer = SchemaVersions.Latest + 1;
        SandboxDatabase.Execute(sandbox.DatabaseFile,
            "INSERT INTO schema_version (version, applied_at, description) VALUES ($v, 0, 'written by a newer WaiaaS')", ("$v", newer));
        var tooNew = await sandbox.RunAsync("start");
        Assert.True(tooNew.ExitCode == 9, tooNew.ToString());
        Assert.Contains($"database schema {newer} is newer than this WaiaaS", tooNew.Error);
        Assert.Contains("waiaas upgrade", tooNew.Error);
        var tooNewDetached = await sandbox.RunAsync("start", "--detach");
        Assert.True(tooNewDetached.ExitCode == 9, tooNewDetached.ToString());
        Assert.Contains("newer", tooNewDetached.Error);
        var audit = await sandbox.RunAsync("audit", "verify");
        Assert.True(audit.ExitCode == 9, audit.ToString());
        Assert.Contains("waiaas upgrade", audit.Error);
        Assert.Equal(newer, ReadVersion(sandbox.DatabaseFile));
        Assert.Equal(auditRows, AuditRowCount(sandbox));
        Assert.False(File.Exists(sandbox.PidFile));
        Assert.False(sandbox.LockHeld());

        // Below MinCompatible (1): schema 0. No WaiaaS release migrates it, so the instructions are the recovery ones.
        SandboxDatabase.Execute(sandbox.DatabaseFile,
            "DELETE FROM schema_version; INSERT INTO schema_version (version, applied_at, description) VALUES (0, 0, 'older than any release')");
        var tooOld = await sandbox.RunAsync("start");
        Assert.True(tooOld.ExitCode == 9, tooOld.ToString());
        Assert.Contains("database schema 0 is too old for this WaiaaS", tooOld.Error);
        Assert.Contains($"migrates schema {SchemaVersions.MinCompatible} and newer", tooOld.Error);
        Assert.Contains("restore a backup", tooOld.Error);
        Assert.Contains("waiaas keystore verify", tooOld.Error);
        Assert.Equal(0, ReadVersion(sandbox.DatabaseFile));
        Assert.Equal(auditRows, AuditRowCount(sandbox));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(sandbox.DataDir, "backups")));
        Assert.False(File.Exists(sandbox.PidFile));
        Assert.False(sandbox.LockHeld());
    }

    private static int ReadVersion(string databaseFile) =>
        int.Parse(SandboxDatabase.Strings(databaseFile, "SELECT CAST(max(version) AS TEXT) FROM schema_version").Single(), CultureInfo.InvariantCulture);

    private static int AuditRowCount(DaemonSandbox sandbox) =>
        int.Parse(SandboxDatabase.Strings(sandbox.DatabaseFile, "SELECT CAST(count(*) AS TEXT) FROM audit_log").Single(), CultureInfo.InvariantCulture);
}
