using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.FileSystem;

namespace WaiaaS.Daemon.Storage;

/// <summary>
/// The schema compatibility gate (SPEC §4), run at start before anything else touches the database:
/// a missing or empty database is created at <see cref="SchemaVersions.Latest"/>; an older compatible one is backed
/// up and migrated step by step, each step in its own transaction; a newer one, one older than
/// <see cref="SchemaVersions.MinCompatible"/>, a failing step or a foreign file raise <see cref="SchemaGateException"/>.
/// </summary>
public static class SchemaGate
{
    /// <summary>Runs the gate with the default busy timeout.</summary>
    /// <param name="databaseFile">The database file (created with its folder if missing).</param>
    /// <param name="backupsFolder">Where the pre-migration backup goes (the data directory's <c>backups/</c>).</param>
    /// <param name="time">Clock for <c>applied_at</c> and the backup name.</param>
    /// <exception cref="SchemaGateException">Start-up must stop; the message tells the operator what to do.</exception>
    public static SchemaGateOutcome Open(string databaseFile, string backupsFolder, TimeProvider time) =>
        Open(databaseFile, backupsFolder, time, new DatabaseSettings());

    /// <summary>Runs the gate with the configured busy timeout.</summary>
    /// <exception cref="SchemaGateException">Start-up must stop; the message tells the operator what to do.</exception>
    public static SchemaGateOutcome Open(string databaseFile, string backupsFolder, TimeProvider time, DatabaseSettings settings) =>
        Open(databaseFile, backupsFolder, time, settings, SchemaPlan.Default);

    internal static SchemaGateOutcome Open(string databaseFile, string backupsFolder, TimeProvider time, DatabaseSettings settings, SchemaPlan plan)
    {
        ArgumentException.ThrowIfNullOrEmpty(databaseFile);
        ArgumentException.ThrowIfNullOrEmpty(backupsFolder);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(settings);
        var file = Path.GetFullPath(databaseFile);
        PrepareFile(file);
        using var connection = OpenOrRefuse(file, settings.BusyTimeoutMs);
        var found = SchemaMigrator.ReadState(connection);
        if (found is null)
        {
            SchemaMigrator.CreateLatest(connection, plan, time);
            return new SchemaGateOutcome(SchemaGateOutcomeKind.Created, 0, plan.Latest, null);
        }

        var version = found.Value;
        if (version > plan.Latest)
        {
            throw new SchemaGateException(SchemaGateException.TooNew, SchemaGateMessages.TooNew(file, version, plan), version);
        }

        if (version < plan.MinCompatible)
        {
            throw new SchemaGateException(SchemaGateException.TooOld, SchemaGateMessages.TooOld(file, version, plan), version);
        }

        if (version == plan.Latest)
        {
            return new SchemaGateOutcome(SchemaGateOutcomeKind.UpToDate, version, version, null);
        }

        var backup = DatabaseBackup.BeforeMigration(connection, backupsFolder, version, plan.Latest, time);
        for (var next = version + 1; next <= plan.Latest; next++)
        {
            SchemaMigrator.RunStep(connection, plan.StepTo(next), time, backup);
        }

        return new SchemaGateOutcome(SchemaGateOutcomeKind.Migrated, version, plan.Latest, backup);
    }

    /// <summary>
    /// The schema version stored in <paramref name="databaseFile"/>, or null when the file does not exist or has no
    /// WaiaaS schema. Opens a short-lived connection and never creates or changes anything.
    /// </summary>
    public static int? ReadVersion(string databaseFile)
    {
        ArgumentException.ThrowIfNullOrEmpty(databaseFile);
        if (!File.Exists(databaseFile))
        {
            return null;
        }

        var builder = new SqliteConnectionStringBuilder(WaiaasDatabase.ConnectionString(databaseFile, 5000, pooling: false))
        {
            Mode = SqliteOpenMode.ReadWrite,
        };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return SchemaMigrator.ReadState(connection);
    }

    /// <summary>The schema version stored in the database behind <paramref name="db"/> (for <c>/health</c>).</summary>
    public static async Task<int?> ReadVersionAsync(WaiaasDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.SchemaVersions.MaxAsync(v => (int?)v.Version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Test support: builds a database at an older <paramref name="version"/> by running steps 1..version.</summary>
    internal static void CreateAt(string databaseFile, int version, TimeProvider time, SchemaPlan plan)
    {
        var file = Path.GetFullPath(databaseFile);
        PrepareFile(file);
        using var connection = WaiaasDatabase.OpenConnection(file, 5000);
        if (SchemaMigrator.ReadState(connection) is not null)
        {
            throw new InvalidOperationException($"{file} already holds a schema.");
        }

        for (var step = 1; step <= version; step++)
        {
            SchemaMigrator.RunStep(connection, plan.StepTo(step), time, backupFile: null);
        }
    }

    private static SqliteConnection OpenOrRefuse(string file, int busyTimeoutMs)
    {
        try
        {
            return WaiaasDatabase.OpenConnection(file, busyTimeoutMs);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 26)
        {
            // SQLITE_NOTADB: the PRAGMAs are the first statements that read the file.
            throw SchemaMigrator.Unrecognised(file, e);
        }
    }

    private static void PrepareFile(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        if (!Directory.Exists(folder))
        {
            PrivateFileModes.CreatePrivateFolder(folder);
        }

        // Created empty with 0600 before SQLite opens it; SQLite gives -wal and -shm the same mode.
        DatabaseBackup.TryCreatePrivateEmptyFile(file);
    }
}
