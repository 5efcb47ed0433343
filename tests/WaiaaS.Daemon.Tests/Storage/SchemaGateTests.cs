using WaiaaS.Core.Configuration;
using WaiaaS.Core.FileSystem;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Tests.Storage;

/// <summary>The gate's outcomes (seed 003 E2E #13–#16 and the fresh case).</summary>
public sealed class SchemaGateTests : IDisposable
{
    private readonly TempDataFolder _folder = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 7, 8, 9, TimeSpan.Zero));

    [Fact]
    public void FreshDatabase_IsCreatedAtLatest_WithOneVersionRow_AndPrivateMode()
    {
        var outcome = SchemaGate.Open(_folder.DatabaseFile, _folder.BackupsFolder, _time);

        Assert.Equal(new SchemaGateOutcome(SchemaGateOutcomeKind.Created, 0, SchemaVersions.Latest, null), outcome);
        Assert.Equal(
            [[SchemaVersions.Latest.ToString(), _time.GetUtcNow().ToUnixTimeSeconds().ToString(), $"created at schema {SchemaVersions.Latest}"]],
            Sql.Rows(_folder.DatabaseFile, "SELECT version, applied_at, description FROM schema_version;"));
        Assert.Equal(SchemaVersions.Latest, SchemaGate.ReadVersion(_folder.DatabaseFile));
        if (PrivateFileModes.Supported)
        {
            Assert.Equal(PrivateFileModes.File, File.GetUnixFileMode(_folder.DatabaseFile));
        }

        Assert.False(Directory.Exists(_folder.BackupsFolder));
    }

    [Fact]
    public void DatabaseAtLatest_IsUpToDate_AndUntouched()
    {
        SchemaGate.Open(_folder.DatabaseFile, _folder.BackupsFolder, _time);

        var outcome = SchemaGate.Open(_folder.DatabaseFile, _folder.BackupsFolder, _time);

        Assert.Equal(new SchemaGateOutcome(SchemaGateOutcomeKind.UpToDate, SchemaVersions.Latest, SchemaVersions.Latest, null), outcome);
        Assert.Equal(1L, Sql.Scalar(_folder.DatabaseFile, "SELECT count(*) FROM schema_version;"));
    }

    [Fact]
    public void OlderCompatibleDatabase_IsBackedUpConsistently_ThenMigrated()
    {
        SchemaGate.CreateAt(_folder.DatabaseFile, 1, _time, SchemaPlan.Default);
        using (var connection = Sql.Open(_folder.DatabaseFile))
        {
            SchemaV1Seed.Write(connection);
        }

        var outcome = SchemaGate.Open(_folder.DatabaseFile, _folder.BackupsFolder, _time);

        var expectedBackup = Path.Combine(_folder.BackupsFolder, $"pre-migrate-1-to-{SchemaVersions.Latest}-20261122T070809Z.db");
        Assert.Equal(new SchemaGateOutcome(SchemaGateOutcomeKind.Migrated, 1, SchemaVersions.Latest, expectedBackup), outcome);
        Assert.Equal(SchemaVersions.Latest, SchemaGate.ReadVersion(_folder.DatabaseFile));

        // The backup is a self-contained schema-1 copy with the data (owner_verified still exists there).
        Assert.False(File.Exists(expectedBackup + "-wal"));
        Assert.Equal("delete", Sql.Scalar(expectedBackup, "PRAGMA journal_mode;"));
        Assert.Equal(1L, Sql.Scalar(expectedBackup, "SELECT max(version) FROM schema_version;"));
        Assert.Equal(1L, Sql.Scalar(expectedBackup, $"SELECT owner_verified FROM wallets WHERE id = '{SchemaV1Seed.VerifiedOwner}';"));
        Assert.Equal(3L, Sql.Scalar(expectedBackup, "SELECT count(*) FROM audit_log;"));
        if (PrivateFileModes.Supported)
        {
            Assert.Equal(PrivateFileModes.File, File.GetUnixFileMode(expectedBackup));
            Assert.Equal(PrivateFileModes.Folder, File.GetUnixFileMode(_folder.BackupsFolder));
        }
    }

    [Fact]
    public void Backup_IncludesCommitsStillInTheWal()
    {
        SchemaGate.CreateAt(_folder.DatabaseFile, 1, _time, SchemaPlan.Default);
        using var writer = Sql.Open(_folder.DatabaseFile);
        Sql.Execute(writer, "PRAGMA wal_autocheckpoint = 0;");
        SchemaV1Seed.Write(writer);
        Assert.True(new FileInfo(_folder.DatabaseFile + "-wal").Length > 0);

        var backup = SchemaGate.Open(_folder.DatabaseFile, _folder.BackupsFolder, _time).BackupFile!;

        Assert.Equal(4L, Sql.Scalar(backup, "SELECT count(*) FROM wallets;"));
    }

    [Fact]
    public void TwoMigrationsInTheSameSecond_GetDistinctBackups()
    {
        var first = _folder.Combine("a", "waiaas.db");
        var second = _folder.Combine("b", "waiaas.db");
        SchemaGate.CreateAt(first, 1, _time, SchemaPlan.Default);
        SchemaGate.CreateAt(second, 1, _time, SchemaPlan.Default);

        var one = SchemaGate.Open(first, _folder.BackupsFolder, _time).BackupFile;
        var two = SchemaGate.Open(second, _folder.BackupsFolder, _time).BackupFile;

        Assert.NotEqual(one, two);
        Assert.EndsWith("Z-2.db", two, StringComparison.Ordinal);
    }

    [Fact]
    public void NewerDatabase_IsRefused_WithUpgradeAdvice_AndNotChanged()
    {
        SchemaGate.Open(_folder.DatabaseFile, _folder.BackupsFolder, _time);
        var newer = SchemaVersions.Latest + 1;
        Sql.Execute(_folder.DatabaseFile, $"INSERT INTO schema_version (version, applied_at, description) VALUES ({newer}, 0, 'future');");

        var error = Assert.Throws<SchemaGateException>(() => SchemaGate.Open(_folder.DatabaseFile, _folder.BackupsFolder, _time));

        Assert.Equal("SCHEMA_TOO_NEW", error.Code);
        Assert.Equal(newer, error.DatabaseVersion);
        Assert.StartsWith($"database schema {newer} is newer than this WaiaaS (", error.Message, StringComparison.Ordinal);
        Assert.Contains($"schema {SchemaVersions.Latest}); run `waiaas upgrade`", error.Message, StringComparison.Ordinal);
        Assert.Equal(newer, SchemaGate.ReadVersion(_folder.DatabaseFile));
        Assert.False(Directory.Exists(_folder.BackupsFolder));
    }

    [Fact]
    public void DatabaseOlderThanMinCompatible_IsRefused_WithStepByStepInstructions()
    {
        SchemaGate.CreateAt(_folder.DatabaseFile, 1, _time, SchemaPlan.Default);
        var plan = SchemaPlan.Default with { MinCompatible = 2 };

        var error = Assert.Throws<SchemaGateException>(() => Open(plan));

        Assert.Equal("SCHEMA_TOO_OLD", error.Code);
        Assert.Equal(1, error.DatabaseVersion);
        Assert.StartsWith("database schema 1 is too old for this WaiaaS", error.Message, StringComparison.Ordinal);
        Assert.Contains("1. stop the daemon: `waiaas stop`", error.Message, StringComparison.Ordinal);
        Assert.Contains("2. install the newest WaiaaS 0.1.x release", error.Message, StringComparison.Ordinal);
        Assert.Contains($"3. run `waiaas start` once so it migrates the database to schema {SchemaVersions.Latest}, then `waiaas stop`", error.Message, StringComparison.Ordinal);
        Assert.Contains("4. reinstall this version", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, SchemaGate.ReadVersion(_folder.DatabaseFile));
        Assert.False(Directory.Exists(_folder.BackupsFolder));
    }

    [Fact]
    public void DatabaseOlderThanAnyKnownRelease_IsRefused_PointingAtBackups()
    {
        SchemaGate.CreateAt(_folder.DatabaseFile, 1, _time, SchemaPlan.Default);
        var plan = SchemaPlan.Default with { MinCompatible = 2, Releases = [] };

        var error = Assert.Throws<SchemaGateException>(() => Open(plan));

        Assert.Equal("SCHEMA_TOO_OLD", error.Code);
        Assert.Contains("No known WaiaaS release migrates schema 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FailingStep_IsRolledBackAlone_AndNamed()
    {
        SchemaGate.CreateAt(_folder.DatabaseFile, 1, _time, SchemaPlan.Default);
        var next = SchemaVersions.Latest + 1;
        var broken = new SchemaMigrationStep(next, "next_broken", "broken on purpose", false, (connection, transaction) =>
            SchemaMigrator.Execute(connection, transaction, "CREATE TABLE step_marker (x INTEGER); INSERT INTO no_such_table VALUES (1);"));
        var plan = SchemaPlan.Default with { Latest = next, Steps = [.. SchemaPlan.Default.Steps, broken] };

        var error = Assert.Throws<SchemaGateException>(() => Open(plan));

        Assert.Equal("MIGRATION_FAILED", error.Code);
        Assert.Equal("next_broken", error.FailedStep);
        Assert.Equal(SchemaVersions.Latest, error.DatabaseVersion);
        Assert.StartsWith($"database migration step next_broken (schema {SchemaVersions.Latest} to {next}) failed: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("no_such_table", error.Message, StringComparison.Ordinal);
        Assert.Contains("That step was rolled back", error.Message, StringComparison.Ordinal);
        Assert.Contains("Start-up stopped", error.Message, StringComparison.Ordinal);
        Assert.Contains(error.BackupFile!, error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(error.BackupFile));

        // The shipped steps stay applied, the broken one left nothing behind.
        Assert.Equal(SchemaVersions.Latest, SchemaGate.ReadVersion(_folder.DatabaseFile));
        Assert.Equal(0L, Sql.Scalar(_folder.DatabaseFile, "SELECT count(*) FROM sqlite_master WHERE name = 'step_marker';"));
        Assert.Equal(1L, Sql.Scalar(_folder.DatabaseFile, "SELECT count(*) FROM pragma_table_info('wallets') WHERE name = 'owner_state';"));
    }

    [Fact]
    public void RebuildStep_LeavingDanglingForeignKeys_IsRolledBack()
    {
        SchemaGate.CreateAt(_folder.DatabaseFile, 1, _time, SchemaPlan.Default);
        using (var connection = Sql.Open(_folder.DatabaseFile))
        {
            SchemaV1Seed.Write(connection);
        }

        var next = SchemaVersions.Latest + 1;
        var orphaning = new SchemaMigrationStep(next, "next_orphaning", "drops a referenced wallet", true, (connection, transaction) =>
            SchemaMigrator.Execute(connection, transaction, $"DELETE FROM wallets WHERE id = '{SchemaV1Seed.NoOwner}';"));
        var plan = SchemaPlan.Default with { Latest = next, Steps = [.. SchemaPlan.Default.Steps, orphaning] };

        var error = Assert.Throws<SchemaGateException>(() => Open(plan));

        Assert.Equal("next_orphaning", error.FailedStep);
        Assert.Contains("foreign key check failed", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, Sql.Scalar(_folder.DatabaseFile, $"SELECT count(*) FROM wallets WHERE id = '{SchemaV1Seed.NoOwner}';"));
    }

    [Fact]
    public void ForeignFile_IsRefused_AsUnrecognised()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder.DatabaseFile)!);
        Sql.Execute(_folder.DatabaseFile, "CREATE TABLE something_else (x INTEGER);");
        var garbage = _folder.Combine("garbage.db");
        File.WriteAllText(garbage, "this is not an SQLite database, just text that is long enough to have a header");

        Assert.Equal("SCHEMA_UNRECOGNISED", Assert.Throws<SchemaGateException>(() => SchemaGate.Open(_folder.DatabaseFile, _folder.BackupsFolder, _time)).Code);
        Assert.Equal("SCHEMA_UNRECOGNISED", Assert.Throws<SchemaGateException>(() => SchemaGate.Open(garbage, _folder.BackupsFolder, _time)).Code);
    }

    [Fact]
    public void ReadVersion_OfAMissingFile_IsNull_AndCreatesNothing()
    {
        Assert.Null(SchemaGate.ReadVersion(_folder.DatabaseFile));
        Assert.False(File.Exists(_folder.DatabaseFile));
    }

    [Fact]
    public async Task ReadVersionAsync_ThroughAContext_ReportsTheStoredVersion()
    {
        using var db = new TestDb();
        using var context = db.Context();

        Assert.Equal(SchemaVersions.Latest, await SchemaGate.ReadVersionAsync(context));
    }

    [Fact]
    public void UpgradePath_GoesThroughTheNewestReleaseThatMigratesEachVersion()
    {
        SchemaRelease a = new("1.0.x", 2, 1), b = new("2.0.x", 4, 3), c = new("3.0.x", 5, 2);

        Assert.Equal([a, c], SchemaReleases.UpgradePath([a, b, c], 1, 5));
        Assert.Equal([c], SchemaReleases.UpgradePath([a, b, c], 2, 3));
        Assert.Empty(SchemaReleases.UpgradePath([b], 1, 4));
    }

    private SchemaGateOutcome Open(SchemaPlan plan) =>
        SchemaGate.Open(_folder.DatabaseFile, _folder.BackupsFolder, _time, new DatabaseSettings(), plan);

    public void Dispose() => _folder.Dispose();
}
