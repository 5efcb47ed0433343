using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Tests.Storage;

public sealed class SchemaMigrationTests : IDisposable
{
    // Data written at each earlier version, in that version's shape. A new schema version must add its predecessor here.
    private static readonly Dictionary<int, Action<SqliteConnection>> Seeds = new() { [1] = SchemaV1Seed.Write, [2] = SchemaV2Seed.Write };

    private readonly TempDataFolder _folder = new();
    private readonly ManualTimeProvider _time = new();

    public static TheoryData<int> EarlierVersions()
    {
        var versions = new TheoryData<int>();
        for (var version = SchemaVersions.MinCompatible; version < SchemaVersions.Latest; version++)
        {
            versions.Add(version);
        }

        return versions;
    }

    [Fact]
    public void Plan_ShipsAtLeastTwoVersions_AndSeedsEveryEarlierOne()
    {
        Assert.True(SchemaVersions.Latest >= 2);
        Assert.Equal(Enumerable.Range(1, SchemaVersions.Latest), SchemaPlan.Default.Steps.Select(s => s.Version));
        Assert.Equal(
            Enumerable.Range(SchemaVersions.MinCompatible, SchemaVersions.Latest - SchemaVersions.MinCompatible),
            Seeds.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(EarlierVersions))]
    public void EarlierVersionWithData_MigratesToExactlyTheFreshLatestSchema(int version)
    {
        var old = CreateSeeded(version);

        var outcome = SchemaGate.Open(old, _folder.BackupsFolder, _time);

        Assert.Equal(new SchemaGateOutcome(SchemaGateOutcomeKind.Migrated, version, SchemaVersions.Latest, outcome.BackupFile), outcome);
        var fresh = _folder.Combine("fresh", "waiaas.db");
        Assert.Equal(SchemaGateOutcomeKind.Created, SchemaGate.Open(fresh, _folder.BackupsFolder, _time).Kind);
        Assert.Equal(SchemaSnapshot.Read(fresh), SchemaSnapshot.Read(old));
        Assert.Equal("ok", Sql.Scalar(old, "PRAGMA integrity_check;"));
        Assert.Empty(Sql.Rows(old, "PRAGMA foreign_key_check;"));
    }

    [Theory]
    [MemberData(nameof(EarlierVersions))]
    public void EarlierVersion_MigratesToTheSchemaTheEfModelDescribes(int version)
    {
        var old = CreateSeeded(version);
        SchemaGate.Open(old, _folder.BackupsFolder, _time);

        var modelFile = _folder.Combine("model.db");
        using (var db = new WaiaasDbContext(WaiaasDatabase.CreateOptions(modelFile, new DatabaseSettings())))
        {
            Assert.True(db.Database.EnsureCreated());
        }

        // EnsureCreated knows nothing of the append-only triggers; everything else must match the model.
        Assert.Equal(SchemaSnapshot.Read(modelFile, includeTriggers: false), SchemaSnapshot.Read(old, includeTriggers: false));
    }

    [Fact]
    public void Version1To2_ConvertsWalletOwnersAndTerminations_AndKeepsEveryOtherRow()
    {
        var old = CreateSeeded(1);
        var untouched = new[] { "sessions", "session_wallets", "transactions", "policies", "pending_approvals", "audit_log",
            "notification_channels", "notification_logs", "key_value_store", "telegram_users", "token_registry" };
        var before = untouched.ToDictionary(t => t, t => Dump(old, t));

        SchemaGate.Open(old, _folder.BackupsFolder, _time);

        foreach (var table in untouched)
        {
            Assert.Equal(WithColumnsAddedBySchema3(table, before[table]), Dump(old, table));
        }

        Assert.Equal(
            [
                [SchemaV1Seed.NoOwner, "no owner", "solana", "testnet", "pk1", "addr1", "ACTIVE", null, "NONE", null, null, null, null, null, "1000", "1001"],
                [SchemaV1Seed.VerifiedOwner, "verified", "ethereum", "mainnet", "pk2", "0xAbC2", "SUSPENDED", "0xOwner2", "LOCKED", """{"maxAmount":"5"}""", "1500", "operator", null, null, "1100", "1500"],
                [SchemaV1Seed.UnverifiedOwner, "unverified", "solana", "mainnet", "pk3", "addr3", "ACTIVE", "Owner3", "GRACE", null, null, null, null, null, "1200", "1201"],
                [SchemaV1Seed.Terminated, "gone", "ethereum", "testnet", "pk4", "0xAbC4", "TERMINATED", null, "NONE", null, null, null, "1777", null, "1300", "1777"],
            ],
            Sql.Rows(old, """
                SELECT id, name, chain, environment, public_key, address, status, owner_address, owner_state, default_constraints,
                       suspended_at, suspension_reason, terminated_at, purged_at, created_at, updated_at FROM wallets ORDER BY id;
                """));
        Assert.Equal(
            [["1", "initial schema"], ["2", "wallets: owner_verified becomes owner_state; add terminated_at, purged_at"]],
            Sql.Rows(old, "SELECT version, description FROM schema_version WHERE version <= 2 ORDER BY version;"));
    }

    [Fact]
    public async Task Version1To2_MigratedRowsReadThroughEf_AndForeignKeysStillHold()
    {
        var old = CreateSeeded(1);
        SchemaGate.Open(old, _folder.BackupsFolder, _time);

        using var db = new WaiaasDbContext(WaiaasDatabase.CreateOptions(old, new DatabaseSettings()));
        var wallets = db.Wallets.AsNoTracking().OrderBy(w => w.Id).ToList();
        Assert.Equal(
            [Core.Wallets.OwnerState.None, Core.Wallets.OwnerState.Locked, Core.Wallets.OwnerState.Grace, Core.Wallets.OwnerState.None],
            wallets.Select(w => w.OwnerState));
        Assert.Equal(Core.Wallets.WalletStatus.Suspended, wallets[1].Status);
        Assert.Equal(Core.Chains.ChainType.Ethereum, wallets[1].Chain);
        Assert.True((await WaiaaS.Daemon.Audit.AuditChainVerifier.VerifyAsync(db)).Valid);

        // The rebuilt wallets table is still the parent of transactions: a dangling reference is refused.
        db.Transactions.Add(new TransactionEntity { Id = "t-orphan", WalletId = "no-such-wallet", Network = "n", Type = "TRANSFER", Status = "QUEUED" });
        var error = Assert.Throws<DbUpdateException>(() => db.SaveChanges());
        Assert.Contains("FOREIGN KEY", error.InnerException!.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Version2To3_KeepsEveryRow_AndLeavesTheNewColumnsEmpty()
    {
        var old = CreateSeeded(2);
        var tables = new[] { "wallets", "sessions", "session_wallets", "transactions", "policies", "pending_approvals", "audit_log",
            "notification_channels", "notification_logs", "key_value_store", "telegram_users", "token_registry" };
        var before = tables.ToDictionary(t => t, t => Dump(old, t));

        SchemaGate.Open(old, _folder.BackupsFolder, _time);

        foreach (var table in tables)
        {
            Assert.Equal(WithColumnsAddedBySchema3(table, before[table]), Dump(old, table));
        }

        Assert.Equal(0L, Sql.Scalar(old, "SELECT count(*) FROM owner_nonces;"));
        Assert.Equal(0L, Sql.Scalar(old, "SELECT count(*) FROM evm_nonces;"));
        Assert.Equal(3L, Sql.Scalar(old, "SELECT max(version) FROM schema_version;"));
    }

    private string CreateSeeded(int version)
    {
        var file = _folder.Combine($"v{version}", "waiaas.db");
        SchemaGate.CreateAt(file, version, _time, SchemaPlan.Default);
        using var connection = Sql.Open(file);
        Sql.Execute(connection, "PRAGMA foreign_keys = ON;");
        Seeds[version](connection);
        return file;
    }

    // Schema 3 appends columns, so each older row reads as its old values followed by nulls for the new columns.
    private static string WithColumnsAddedBySchema3(string table, string dump)
    {
        var added = new Dictionary<string, int> { ["sessions"] = 3, ["transactions"] = 4, ["pending_approvals"] = 1, ["notification_logs"] = 2 };
        var nulls = string.Concat(Enumerable.Repeat("|<null>", added.GetValueOrDefault(table)));
        return string.Join('\n', dump.Split('\n').Select(r => r.Length == 0 ? r : r + nulls));
    }

    private static string Dump(string file, string table) =>
        string.Join('\n', Sql.Rows(file, $"SELECT * FROM \"{table}\" ORDER BY 1, 2;").Select(r => string.Join('|', r.Select(v => v ?? "<null>"))));

    public void Dispose() => _folder.Dispose();
}
