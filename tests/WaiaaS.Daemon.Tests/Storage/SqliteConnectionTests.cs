using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Tests.Storage;

public sealed class SqliteConnectionTests
{
    [Fact]
    public void EfConnections_GetEveryPragma()
    {
        using var db = new TestDb();
        for (var round = 0; round < 2; round++)
        {
            // The second context reuses a pooled connection; the PRAGMAs must hold there too.
            using var context = db.Context();
            context.Database.OpenConnection();
            AssertPragmas((SqliteConnection)context.Database.GetDbConnection(), TestDb.Settings.BusyTimeoutMs);
        }
    }

    [Fact]
    public void AddWaiaasStorage_RegistersAFactoryWithThePragmas_AndTheAuditWriter()
    {
        using var db = new TestDb();
        using var provider = new ServiceCollection().AddWaiaasStorage(db.File, TestDb.Settings).BuildServiceProvider();

        using var context = provider.GetRequiredService<IDbContextFactory<WaiaasDbContext>>().CreateDbContext();
        context.Database.OpenConnection();

        AssertPragmas((SqliteConnection)context.Database.GetDbConnection(), TestDb.Settings.BusyTimeoutMs);
        Assert.NotNull(provider.GetRequiredService<WaiaaS.Daemon.Audit.AuditLogWriter>());
    }

    [Fact]
    public void RawConnections_GetEveryPragma_AndWalPersistsInTheFile()
    {
        using var db = new TestDb();
        using (var connection = WaiaasDatabase.OpenConnection(db.File, 777))
        {
            AssertPragmas(connection, 777);
        }

        Assert.Equal("wal", Sql.Scalar(db.File, "PRAGMA journal_mode;"));
    }

    [Fact]
    public void Checkpoint_TruncatesTheWal()
    {
        using var db = new TestDb();
        using var context = db.Context();

        // Held open: an idle pooled connection may be closed by another test's ClearAllPools, and closing the last
        // connection checkpoints and deletes the WAL by itself.
        context.Database.OpenConnection();
        context.KeyValues.Add(new KeyValueEntity { Key = "k", Value = new string('v', 100_000), UpdatedAt = 1 });
        context.SaveChanges();
        Assert.True(new FileInfo(db.File + "-wal").Length > 0);

        var result = WaiaasDatabase.Checkpoint(context);

        Assert.False(result.Busy);
        Assert.Equal(0, new FileInfo(db.File + "-wal").Length);
        Assert.Equal("k", context.KeyValues.AsNoTracking().Single().Key);
    }

    [Fact]
    public void Enums_AreStoredAsText_AndReadBack()
    {
        using var db = new TestDb();
        using (var context = db.Context())
        {
            context.Wallets.Add(new WalletEntity
            {
                Id = WaiaasDatabase.NewId(db.Time),
                Name = "w",
                Chain = ChainType.Ethereum,
                Environment = NetworkEnvironment.Mainnet,
                PublicKey = "pk",
                Address = "0xA",
                Status = WalletStatus.Terminating,
                OwnerState = OwnerState.Grace,
                CreatedAt = 1,
                UpdatedAt = 2,
            });
            context.SaveChanges();
        }

        Assert.Equal([["ethereum", "mainnet", "TERMINATING", "GRACE"]], Sql.Rows(db.File, "SELECT chain, environment, status, owner_state FROM wallets;"));
        using var reader = db.Context();
        var wallet = reader.Wallets.Single();
        Assert.Equal((ChainType.Ethereum, NetworkEnvironment.Mainnet, WalletStatus.Terminating, OwnerState.Grace), (wallet.Chain, wallet.Environment, wallet.Status, wallet.OwnerState));
    }

    [Fact]
    public void NewId_IsATimeOrderedUuidV7()
    {
        var time = new ManualTimeProvider();
        var first = WaiaasDatabase.NewId(time);
        time.Advance(TimeSpan.FromMilliseconds(2));
        var second = WaiaasDatabase.NewId(time);

        Assert.Equal(7, Guid.Parse(first).Version);
        Assert.True(string.CompareOrdinal(first, second) < 0);
        Assert.Equal(time.GetUtcNow().ToUnixTimeSeconds(), WaiaasDatabase.UnixNow(time));
    }

    private static void AssertPragmas(SqliteConnection connection, int busyTimeoutMs)
    {
        Assert.Equal("wal", Pragma(connection, "journal_mode"));
        Assert.Equal(1L, Pragma(connection, "synchronous"));
        Assert.Equal(1L, Pragma(connection, "foreign_keys"));
        Assert.Equal((long)busyTimeoutMs, Pragma(connection, "busy_timeout"));
        Assert.Equal(2L, Pragma(connection, "temp_store"));
    }

    private static object? Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return command.ExecuteScalar();
    }
}
