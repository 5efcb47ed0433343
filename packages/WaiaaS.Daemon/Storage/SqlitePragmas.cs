using System.Globalization;
using Microsoft.Data.Sqlite;

namespace WaiaaS.Daemon.Storage;

/// <summary>
/// The PRAGMAs every connection gets (docs/storage.md explains each): WAL journal, synchronous=NORMAL,
/// foreign keys on, a busy timeout (set first, so switching to WAL already waits for locks), temporary tables in memory.
/// </summary>
internal static class SqlitePragmas
{
    public static string Statement(int busyTimeoutMs) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout={busyTimeoutMs}; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;");

    public static void Apply(SqliteConnection connection, int busyTimeoutMs)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Statement(busyTimeoutMs);
        command.ExecuteNonQuery();
    }

    public static async Task ApplyAsync(SqliteConnection connection, int busyTimeoutMs, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Statement(busyTimeoutMs);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
