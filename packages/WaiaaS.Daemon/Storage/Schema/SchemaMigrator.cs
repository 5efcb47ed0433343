using Microsoft.Data.Sqlite;

namespace WaiaaS.Daemon.Storage;

/// <summary>Low-level schema work on a raw connection: reading the version, creating, running one step.</summary>
internal static class SchemaMigrator
{
    /// <summary>
    /// The highest version in <c>schema_version</c>; null for an empty database (no tables).
    /// </summary>
    /// <exception cref="SchemaGateException"><c>SCHEMA_UNRECOGNISED</c>: not SQLite, or tables without a version.</exception>
    public static int? ReadState(SqliteConnection connection)
    {
        try
        {
            var tables = Scalar(connection, null, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';");
            if (Convert.ToInt64(tables, System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return null;
            }

            var hasVersions = Scalar(connection, null, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';");
            var version = Convert.ToInt64(hasVersions, System.Globalization.CultureInfo.InvariantCulture) == 0
                ? null
                : Scalar(connection, null, "SELECT max(version) FROM schema_version;");
            if (version is null or DBNull)
            {
                throw Unrecognised(connection.DataSource, null);
            }

            return Convert.ToInt32(version, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 26)
        {
            // SQLITE_NOTADB. Other errors (busy, I/O, corruption) propagate as they are.
            throw Unrecognised(connection.DataSource, e);
        }
    }

    /// <summary>Creates the latest schema and records it, in one transaction.</summary>
    public static void CreateLatest(SqliteConnection connection, SchemaPlan plan, TimeProvider time)
    {
        using var transaction = connection.BeginTransaction();
        plan.CreateLatest(connection, transaction);
        RecordVersion(connection, transaction, plan.Latest, $"created at schema {plan.Latest}", time);
        transaction.Commit();
    }

    /// <summary>Runs one step in its own transaction; on failure rolls it back and throws <c>MIGRATION_FAILED</c>.</summary>
    public static void RunStep(SqliteConnection connection, SchemaMigrationStep step, TimeProvider time, string? backupFile)
    {
        if (step.RebuildsTables)
        {
            // Must be set outside a transaction; SQLite ignores it inside one.
            Execute(connection, null, "PRAGMA foreign_keys = OFF;");
        }

        try
        {
            using var transaction = connection.BeginTransaction();
            try
            {
                step.Apply(connection, transaction);
                if (step.RebuildsTables)
                {
                    CheckForeignKeys(connection, transaction);
                }

                RecordVersion(connection, transaction, step.Version, step.Description, time);
                transaction.Commit();
            }
            catch (Exception e)
            {
                TryRollback(transaction);
                throw new SchemaGateException(
                    SchemaGateException.MigrationFailed,
                    SchemaGateMessages.MigrationFailed(step, e, backupFile),
                    step.Version - 1,
                    e)
                {
                    FailedStep = step.Name,
                    BackupFile = backupFile,
                };
            }
        }
        finally
        {
            if (step.RebuildsTables)
            {
                Execute(connection, null, "PRAGMA foreign_keys = ON;");
            }
        }
    }

    private static void TryRollback(SqliteTransaction transaction)
    {
        try
        {
            transaction.Rollback();
        }
        catch (SqliteException)
        {
            // SQLite already rolled back (some errors end the transaction); the original error is what matters.
        }
    }

    public static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void CheckForeignKeys(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA foreign_key_check;";
        using var reader = command.ExecuteReader();
        if (reader.Read())
        {
            throw new InvalidDataException(
                $"foreign key check failed after the step: a row of {reader.GetString(0)} references a missing row of {reader.GetString(2)}.");
        }
    }

    private static void RecordVersion(SqliteConnection connection, SqliteTransaction transaction, int version, string description, TimeProvider time)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO schema_version (version, applied_at, description) VALUES ($version, $appliedAt, $description);";
        command.Parameters.AddWithValue("$version", version);
        command.Parameters.AddWithValue("$appliedAt", WaiaasDatabase.UnixNow(time));
        command.Parameters.AddWithValue("$description", description);
        command.ExecuteNonQuery();
    }

    public static SchemaGateException Unrecognised(string file, Exception? inner) =>
        new(
            SchemaGateException.Unrecognised,
            $"{file} is not a WaiaaS database (no schema version found). Point [database] path at the WaiaaS database, or move this file away to start with a new one.",
            null,
            inner);
}
