using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Tests.Storage;

/// <summary>A database at the latest schema, created through the gate, and contexts on it.</summary>
internal sealed class TestDb : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public TestDb(TimeProvider? time = null)
    {
        Time = time ?? new ManualTimeProvider();
        SchemaGate.Open(File, _folder.BackupsFolder, Time);
        Options = WaiaasDatabase.CreateOptions(File, Settings);
    }

    public static DatabaseSettings Settings { get; } = new() { BusyTimeoutMs = 4321 };

    public TimeProvider Time { get; }

    public string File => _folder.DatabaseFile;

    public DbContextOptions<WaiaasDbContext> Options { get; }

    public WaiaasDbContext Context() => new(Options);

    public void Dispose() => _folder.Dispose();
}
