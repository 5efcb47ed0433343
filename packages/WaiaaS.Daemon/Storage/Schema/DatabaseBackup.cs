using System.Globalization;
using Microsoft.Data.Sqlite;
using WaiaaS.Core.FileSystem;

namespace WaiaaS.Daemon.Storage;

/// <summary>
/// Consistent copies of the live database through SQLite's online backup API (a raw file copy of a WAL database
/// can miss committed pages still in the -wal file). The copy is a single self-contained file with mode 0600.
/// </summary>
internal static class DatabaseBackup
{
    /// <summary>Backs up to <c>&lt;backupsFolder&gt;/pre-migrate-&lt;from&gt;-to-&lt;to&gt;-&lt;yyyyMMddTHHmmssZ&gt;.db</c>.</summary>
    public static string BeforeMigration(SqliteConnection source, string backupsFolder, int fromVersion, int toVersion, TimeProvider time)
    {
        var stamp = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return Create(source, backupsFolder, string.Create(CultureInfo.InvariantCulture, $"pre-migrate-{fromVersion}-to-{toVersion}-{stamp}"));
    }

    /// <summary>Backs up to <c>&lt;backupsFolder&gt;/&lt;baseName&gt;.db</c> (or <c>-2</c>, <c>-3</c>, … if taken).</summary>
    public static string Create(SqliteConnection source, string backupsFolder, string baseName)
    {
        PrivateFileModes.CreatePrivateFolder(backupsFolder);
        var path = ReserveFile(backupsFolder, baseName);
        try
        {
            using (var destination = new SqliteConnection(WaiaasDatabase.ConnectionString(path, 5000, pooling: false)))
            {
                destination.Open();
                source.BackupDatabase(destination);

                // The copy carries the source's WAL flag; make it one file that opens anywhere without -wal/-shm.
                using var command = destination.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=DELETE;";
                command.ExecuteNonQuery();
            }

            if (PrivateFileModes.Supported)
            {
                File.SetUnixFileMode(path, PrivateFileModes.File);
            }

            return path;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static string ReserveFile(string folder, string baseName)
    {
        for (var attempt = 1; ; attempt++)
        {
            var name = attempt == 1 ? baseName : string.Create(CultureInfo.InvariantCulture, $"{baseName}-{attempt}");
            var path = Path.Combine(Path.GetFullPath(folder), name + ".db");
            if (TryCreatePrivateEmptyFile(path))
            {
                return path;
            }
        }
    }

    /// <summary>Creates an empty file with mode 0600 from the start; false if the name is taken.</summary>
    internal static bool TryCreatePrivateEmptyFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (PrivateFileModes.Supported)
        {
            options.UnixCreateMode = PrivateFileModes.File;
        }

        try
        {
            using var stream = new FileStream(path, options);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }
}
