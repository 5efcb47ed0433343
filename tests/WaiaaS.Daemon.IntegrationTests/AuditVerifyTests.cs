namespace WaiaaS.Daemon.IntegrationTests;

/// <summary><c>waiaas audit verify</c> finds a row changed behind the daemon's back (with the append-only trigger dropped).</summary>
public sealed class AuditVerifyTests
{
    [Fact]
    public async Task Audit_verify_names_the_row_whose_details_were_changed()
    {
        await using var sandbox = new DaemonSandbox();
        await sandbox.StartDetachedAsync();
        var created = await sandbox.RunAsync("wallet", "create", "--name", "audited", "--chain", "ethereum");
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.True((await sandbox.RunAsync("stop")).ExitCode == 0);
        Assert.True((await sandbox.RunAsync("audit", "verify")).ExitCode == 0);

        var file = sandbox.DatabaseFile;
        var trigger = Assert.Single(SandboxDatabase.Strings(file,
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' AND sql LIKE '%BEFORE UPDATE%'"));
        var id = Assert.Single(SandboxDatabase.Strings(file, "SELECT id FROM audit_log WHERE event_type = 'wallet.created'"));
        var details = Assert.Single(SandboxDatabase.Strings(file, "SELECT details FROM audit_log WHERE event_type = 'wallet.created'"));
        Assert.Contains("\"audited\"", details);

        // With the trigger in place the database itself refuses the change.
        var refused = Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => SandboxDatabase.Execute(file,
            "UPDATE audit_log SET details = $d WHERE id = $id", ("$d", details.Replace("\"audited\"", "\"tampered\"")), ("$id", id)));
        Assert.Contains("append-only", refused.Message);

        SandboxDatabase.Execute(file, $"DROP TRIGGER \"{trigger}\"");
        SandboxDatabase.Execute(file, "UPDATE audit_log SET details = $d WHERE id = $id", ("$d", details.Replace("\"audited\"", "\"tampered\"")), ("$id", id));

        var verify = await sandbox.RunAsync("audit", "verify");
        Assert.True(verify.ExitCode == 11, verify.ToString());
        Assert.Contains($"id {id}", verify.Output);
        Assert.Contains("HashMismatch", verify.Output);
    }
}
