using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Configuration;

namespace WaiaaS.Daemon.Storage;

/// <summary>Opening the database: EF options, raw connections, and WAL checkpoints.</summary>
public static class WaiaasDatabase
{
    /// <summary>
    /// Options for <see cref="WaiaasDbContext"/> on <paramref name="databaseFile"/>: pooled connections, and the
    /// PRAGMAs of <c>docs/storage.md</c> applied on every connection open. Run <see cref="SchemaGate.Open(string, string, TimeProvider)"/>
    /// before the first context is used.
    /// </summary>
    public static DbContextOptions<WaiaasDbContext> CreateOptions(string databaseFile, DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<WaiaasDbContext>();
        Configure(builder, databaseFile, settings);
        return builder.Options;
    }

    /// <summary>
    /// Configures <paramref name="builder"/> like <see cref="CreateOptions"/> (for <c>AddDbContextFactory</c> and friends).
    /// </summary>
    public static void Configure(DbContextOptionsBuilder builder, string databaseFile, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        builder
            .UseSqlite(ConnectionString(databaseFile, settings.BusyTimeoutMs, pooling: true))
            .AddInterceptors(new SqlitePragmaInterceptor(settings.BusyTimeoutMs));
    }

    /// <summary>
    /// Connection string for <paramref name="databaseFile"/>. The command timeout (which also bounds
    /// Microsoft.Data.Sqlite's own retries on a busy database) follows the busy timeout, at least 1 s.
    /// </summary>
    public static string ConnectionString(string databaseFile, int busyTimeoutMs, bool pooling)
    {
        ArgumentException.ThrowIfNullOrEmpty(databaseFile);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(databaseFile),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = pooling,
            DefaultTimeout = Math.Max(1, (busyTimeoutMs + 999) / 1000),
        }.ToString();
    }

    /// <summary>Opens an unpooled raw connection with the PRAGMAs applied (the caller disposes it).</summary>
    public static SqliteConnection OpenConnection(string databaseFile, int busyTimeoutMs)
    {
        var connection = new SqliteConnection(ConnectionString(databaseFile, busyTimeoutMs, pooling: false));
        try
        {
            connection.Open();
            SqlitePragmas.Apply(connection, busyTimeoutMs);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs <c>PRAGMA wal_checkpoint(TRUNCATE)</c> on the context's connection (periodically and at shutdown).</summary>
    public static WalCheckpointResult Checkpoint(WaiaasDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            db.Database.OpenConnection();
        }

        try
        {
            return Checkpoint(connection);
        }
        finally
        {
            if (opened)
            {
                db.Database.CloseConnection();
            }
        }
    }

    /// <summary>Runs <c>PRAGMA wal_checkpoint(TRUNCATE)</c> on a fresh connection to <paramref name="databaseFile"/>.</summary>
    public static WalCheckpointResult Checkpoint(string databaseFile, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var connection = OpenConnection(databaseFile, settings.BusyTimeoutMs);
        return Checkpoint(connection);
    }

    private static WalCheckpointResult Checkpoint(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new WalCheckpointResult(
            reader.GetInt64(0) != 0,
            reader.GetInt64(1),
            reader.GetInt64(2));
    }

    /// <summary>Unix seconds of <paramref name="time"/>'s current UTC time (the storage time convention).</summary>
    public static long UnixNow(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.GetUtcNow().ToUnixTimeSeconds();
    }

    /// <summary>A new UUIDv7 id string (lower-case, hyphenated) stamped with <paramref name="time"/>'s clock.</summary>
    public static string NewId(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Guid.CreateVersion7(time.GetUtcNow()).ToString("D", CultureInfo.InvariantCulture);
    }
}
