using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace WaiaaS.Daemon.Storage;

/// <summary>
/// Creates the latest schema in an empty database from <c>latest-schema.sql</c>, the DDL EF generates for the model
/// (plus what EF does not model: the append-only triggers). The file is shipped rather than generated at start-up
/// because building the EF model costs most of a cold start; a test proves it equals what EF generates, and the
/// storage tests prove that migrating any older database gives the same schema.
/// </summary>
internal static class LatestSchema
{
    private const string ResourceName = "WaiaaS.Daemon.Storage.Schema.latest-schema.sql";

    private static readonly Lazy<string> Embedded = new(ReadEmbedded);

    /// <summary>The shipped DDL.</summary>
    public static string EmbeddedScript => Embedded.Value;

    public static void Create(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = EmbeddedScript + SchemaSql.AuditLogTriggers;
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

    private static string ReadEmbedded()
    {
        using var stream = typeof(LatestSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
