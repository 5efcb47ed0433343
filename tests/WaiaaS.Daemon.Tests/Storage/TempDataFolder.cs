using Microsoft.Data.Sqlite;

namespace WaiaaS.Daemon.Tests.Storage;

/// <summary>A fresh folder for database files, deleted on dispose (after releasing pooled SQLite connections).</summary>
internal sealed class TempDataFolder : IDisposable
{
    public TempDataFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "waiaas-storage-tests-" + Guid.NewGuid().ToString("N"));

    public string DatabaseFile => Combine("data", "waiaas.db");

    public string BackupsFolder => Combine("backups");

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
