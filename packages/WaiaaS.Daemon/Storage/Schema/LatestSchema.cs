using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace WaiaaS.Daemon.Storage;

/// <summary>
/// Creates the latest schema in an empty database straight from the EF model (plus what EF does not model:
/// the append-only triggers). The storage tests prove that migrating any older database gives the same schema.
/// </summary>
internal static class LatestSchema
{
    public static void Create(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = CreateScript() + SchemaSql.AuditLogTriggers;
        command.ExecuteNonQuery();
    }

    /// <summary>The DDL EF generates for <see cref="WaiaasModel"/> (no connection is opened).</summary>
    public static string CreateScript()
    {
        var options = new DbContextOptionsBuilder<WaiaasDbContext>()
            .UseSqlite("Data Source=:memory:")
            .Options;
        using var db = new WaiaasDbContext(options);
        return db.Database.GenerateCreateScript();
    }
}
