using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Core.Keys;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Keystore;
using WaiaaS.Daemon.Security;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Hosting;

/// <summary>The start-up steps that touch the database and the keystore, in the order <see cref="WaiaasDaemon"/> runs them.</summary>
internal static class DaemonStartup
{
    /// <summary>Runs the schema gate before anything else touches the database.</summary>
    public static SchemaGateOutcome OpenDatabase(DaemonStartOptions options, string databaseFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databaseFile)!);
        try
        {
            return SchemaGate.Open(databaseFile, options.Layout.BackupsFolder, options.Time, options.Config.Database);
        }
        catch (SchemaGateException e)
        {
            var failure = e.Code == SchemaGateException.MigrationFailed ? DaemonStartFailure.MigrationFailed : DaemonStartFailure.SchemaIncompatible;
            throw new DaemonStartException(failure, e.Message, e);
        }
    }

    /// <summary>Stretches the master password (the one Argon2id run) and checks it against the stored verifier.</summary>
    public static UnlockOutcome Unlock(DaemonStartOptions options, string databaseFile)
    {
        MasterPasswordRecord? record;
        UnlockOutcome outcome;
        try
        {
            record = ReadRecord(databaseFile, options.Config.Database.BusyTimeoutMs);
            outcome = MasterPasswordUnlock.Unlock(options.MasterPassword, record, options.Layout.KeystoreFolder, options.Config.Keystore);
        }
        catch (KeystoreFormatException e)
        {
            throw new DaemonStartException(DaemonStartFailure.KeystoreInvalid, "the keystore cannot be read: " + e.Message, e);
        }

        return outcome.Secrets is null
            ? throw new DaemonStartException(DaemonStartFailure.WrongMasterPassword, outcome.Refusal!)
            : outcome;
    }

    /// <summary>
    /// Stores the verifier on the first start and records start-up facts in the audit log, in one transaction over a
    /// raw connection: EF Core's first-use cost (model, query and update pipelines) stays off the start-up path and
    /// is paid by <see cref="StorageWarmup"/> after the server listens.
    /// </summary>
    public static void RecordStart(DaemonStartOptions options, string databaseFile, IServiceProvider services, UnlockOutcome unlock, SchemaGateOutcome gate)
    {
        var audit = services.GetRequiredService<AuditLogWriter>();
        var removed = services.GetRequiredService<IKeyStore>() is FileKeyStore files ? files.RemoveStrayTemporaryFiles() : 0;
        using var connection = WaiaasDatabase.OpenConnection(databaseFile, options.Config.Database.BusyTimeoutMs);
        using var transaction = connection.BeginTransaction(deferred: false);
        if (unlock.IsFirstStart)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO key_value_store (key, value, updated_at) VALUES ($key, $value, $updatedAt)";
            insert.Parameters.AddWithValue("$key", MasterPasswordRecord.Key);
            insert.Parameters.AddWithValue("$value", MasterPasswordRecord.From(unlock.Secrets!).ToJson());
            insert.Parameters.AddWithValue("$updatedAt", WaiaasDatabase.UnixNow(options.Time));
            insert.ExecuteNonQuery();
            AuditLogSqlWriter.Append(connection, transaction, audit, new AuditEntry(AuditEvents.MasterPasswordSet, AuditActors.Master));
        }

        if (gate.Kind == SchemaGateOutcomeKind.Migrated)
        {
            AuditLogSqlWriter.Append(connection, transaction, audit, new AuditEntry(AuditEvents.SchemaMigrated, AuditActors.System)
            {
                Details = new JsonObject { ["from"] = gate.FromVersion, ["to"] = gate.ToVersion, ["backup"] = Path.GetFileName(gate.BackupFile) },
            });
        }

        AuditLogSqlWriter.Append(connection, transaction, audit, new AuditEntry(AuditEvents.DaemonStarted, AuditActors.System)
        {
            Details = new JsonObject { ["version"] = Core.ProductInfo.Version, ["schemaVersion"] = gate.ToVersion, ["strayTemporaryKeyFilesRemoved"] = removed },
        });
        transaction.Commit();
    }

    /// <summary>Records a graceful stop.</summary>
    public static async Task RecordStopAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<WaiaasDbContext>>();
        await using var db = await factory.CreateDbContextAsync().ConfigureAwait(false);
        await services.GetRequiredService<AuditLogWriter>().AppendAsync(db, new AuditEntry(AuditEvents.DaemonStopped, AuditActors.System)).ConfigureAwait(false);
    }

    private static MasterPasswordRecord? ReadRecord(string databaseFile, int busyTimeoutMs)
    {
        using var connection = WaiaasDatabase.OpenConnection(databaseFile, busyTimeoutMs);
        return MasterPasswordRecord.Read(connection);
    }
}
