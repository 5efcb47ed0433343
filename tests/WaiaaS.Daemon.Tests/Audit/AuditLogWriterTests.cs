using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Tests.Storage;

namespace WaiaaS.Daemon.Tests.Audit;

public sealed class AuditLogWriterTests : IDisposable
{
    private readonly ManualTimeProvider _time = new();
    private readonly TestDb _db;
    private readonly AuditLogWriter _writer;

    public AuditLogWriterTests()
    {
        _db = new TestDb(_time);
        _writer = new AuditLogWriter(_time);
    }

    [Fact]
    public void Append_InsideTheCallersTransaction_CommitsWithTheChange()
    {
        using (var context = _db.Context())
        using (var transaction = context.Database.BeginTransaction())
        {
            context.KeyValues.Add(new KeyValueEntity { Key = "kill_switch_state", Value = "ACTIVATED", UpdatedAt = 1 });
            _writer.Append(context, new AuditEntry(AuditEvents.KillSwitchActivated, AuditActors.Master));
            context.SaveChanges();
            transaction.Commit();
        }

        Assert.Equal(1L, Sql.Scalar(_db.File, "SELECT count(*) FROM key_value_store;"));
        Assert.Equal(AuditEvents.KillSwitchActivated, Sql.Scalar(_db.File, "SELECT event_type FROM audit_log;"));
    }

    [Fact]
    public void Append_InsideARolledBackTransaction_LeavesNeitherTheChangeNorTheRow()
    {
        using (var context = _db.Context())
        using (var transaction = context.Database.BeginTransaction())
        {
            context.KeyValues.Add(new KeyValueEntity { Key = "kill_switch_state", Value = "ACTIVATED", UpdatedAt = 1 });
            _writer.Append(context, new AuditEntry(AuditEvents.KillSwitchActivated, AuditActors.Master));
            context.SaveChanges();
            transaction.Rollback();
        }

        Assert.Equal(0L, Sql.Scalar(_db.File, "SELECT count(*) FROM key_value_store;"));
        Assert.Equal(0L, Sql.Scalar(_db.File, "SELECT count(*) FROM audit_log;"));
    }

    [Fact]
    public async Task AppendAsync_WithoutATransaction_SavesPendingChangesAndTheRowTogether()
    {
        using (var context = _db.Context())
        {
            context.KeyValues.Add(new KeyValueEntity { Key = "version_check_latest", Value = "0.2.0", UpdatedAt = 1 });
            await _writer.AppendAsync(context, new AuditEntry(AuditEvents.SettingsChanged, AuditActors.System));
            Assert.Null(context.Database.CurrentTransaction);
        }

        Assert.Equal(1L, Sql.Scalar(_db.File, "SELECT count(*) FROM key_value_store;"));
        Assert.Equal(1L, Sql.Scalar(_db.File, "SELECT count(*) FROM audit_log;"));
    }

    [Fact]
    public void Append_StoresEveryField_AndChainsFromTheGenesisHash()
    {
        using var context = _db.Context();
        var details = new JsonObject { ["name"] = "trading", ["chain"] = "solana" };
        var first = _writer.Append(context, new AuditEntry(AuditEvents.WalletCreated, AuditActors.Session("s1"))
        {
            WalletId = "w1",
            SessionId = "s1",
            TransactionId = "t1",
            RequestId = "r1",
            IpAddress = "127.0.0.1",
            Details = details,
        });
        _time.Advance(TimeSpan.FromSeconds(5));
        var second = _writer.Append(context, new AuditEntry(AuditEvents.WalletRenamed, AuditActors.Master));

        Assert.Equal(
            [
                [first.Id, "1", _time.GetUtcNow().AddSeconds(-5).ToUnixTimeSeconds().ToString(), "wallet.created", "session:s1", "w1", "s1", "t1", "r1", "127.0.0.1",
                 """{"name":"trading","chain":"solana"}""", new string('0', 64), first.Hash],
                [second.Id, "2", _time.GetUtcNow().ToUnixTimeSeconds().ToString(), "wallet.renamed", "master", null, null, null, null, null, null, first.Hash, second.Hash],
            ],
            Sql.Rows(_db.File, "SELECT * FROM audit_log ORDER BY seq;"));
        Assert.Equal(7, Guid.Parse(first.Id).Version);
        Assert.Matches("^[0-9a-f]{64}$", first.Hash);
        Assert.Equal(AuditCanonicalEncoding.ComputeHash(second), second.Hash);
    }

    [Fact]
    public async Task SeveralRowsStagedInOneTransaction_AreChainedInOrder()
    {
        using (var context = _db.Context())
        using (var transaction = context.Database.BeginTransaction())
        {
            for (var i = 0; i < 5; i++)
            {
                _writer.Append(context, new AuditEntry(AuditEvents.PolicyCreated, AuditActors.Master));
            }

            context.SaveChanges();
            transaction.Commit();
        }

        using var verify = _db.Context();
        Assert.Equal(new AuditChainVerification(true, 5, null, null, AuditChainBreak.None), (await AuditChainVerifier.VerifyAsync(verify)));
    }

    [Fact]
    public async Task ConcurrentWriters_OnSeparateContexts_KeepOneValidChain()
    {
        const int Writers = 4, RowsEach = 25;
        var tasks = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < RowsEach; i++)
            {
                using var context = _db.Context();
                await _writer.AppendAsync(context, new AuditEntry(AuditEvents.SessionRenewed, AuditActors.Session($"s{w}")));
            }
        }));

        await Task.WhenAll(tasks);

        using var verify = _db.Context();
        Assert.Equal(new AuditChainVerification(true, Writers * RowsEach, null, null, AuditChainBreak.None), await AuditChainVerifier.VerifyAsync(verify));
    }

    [Fact]
    public void Rows_CannotBeUpdatedOrDeleted_EvenWithRawSql()
    {
        using (var context = _db.Context())
        {
            _writer.Append(context, new AuditEntry(AuditEvents.DaemonStarted, AuditActors.System));
        }

        using var connection = Sql.Open(_db.File);
        var update = Assert.Throws<SqliteException>(() => Sql.Execute(connection, "UPDATE audit_log SET actor = 'someone else';"));
        var delete = Assert.Throws<SqliteException>(() => Sql.Execute(connection, "DELETE FROM audit_log;"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal("system", Sql.Scalar(_db.File, "SELECT actor FROM audit_log;"));
    }

    [Fact]
    public void Rows_CannotBeDeletedThroughEf()
    {
        using (var context = _db.Context())
        {
            _writer.Append(context, new AuditEntry(AuditEvents.DaemonStarted, AuditActors.System));
        }

        using var other = _db.Context();
        other.AuditLog.Remove(other.AuditLog.Single());

        Assert.Throws<DbUpdateException>(() => other.SaveChanges());
        Assert.Equal(1L, Sql.Scalar(_db.File, "SELECT count(*) FROM audit_log;"));
    }

    public void Dispose() => _db.Dispose();
}
