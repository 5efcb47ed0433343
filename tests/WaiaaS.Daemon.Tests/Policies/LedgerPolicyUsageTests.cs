using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Transactions;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Policies;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Tests.Storage;

namespace WaiaaS.Daemon.Tests.Policies;

public class LedgerPolicyUsageTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    [Fact]
    public void CountsOnlyReservingRowsOfTheWalletSinceTheTime()
    {
        using var db = Seeded();
        using var connection = Sql.Open(db.File);
        var usage = new LedgerPolicyUsage(connection, null, "w1");

        var since = Now.AddHours(-24);

        // w1 rows since: PENDING 1, QUEUED 2, EXECUTING 4, SUBMITTED 8, CONFIRMED 16 (+ one with an unknown price);
        // FAILED, CANCELLED and EXPIRED released theirs; one CONFIRMED is older than the window; w2 is another wallet.
        Assert.Equal(31m, usage.SpentUsd(since));
        Assert.Equal(6, usage.TransactionCount(since));
        Assert.Equal(Now.AddHours(-20), usage.OldestCountedSince(since));
        Assert.Equal(1031m, usage.SpentUsd(Now.AddDays(-30)));
        Assert.Equal(0, usage.TransactionCount(Now.AddSeconds(1)));
        Assert.Equal(0m, usage.SpentUsd(Now.AddSeconds(1)));
        Assert.Null(usage.OldestCountedSince(Now.AddSeconds(1)));
    }

    [Fact]
    public void ExcludesTheTransactionBeingEvaluated()
    {
        using var db = Seeded();
        using var connection = Sql.Open(db.File);

        var usage = new LedgerPolicyUsage(connection, null, "w1", excludeTransactionId: "t-pending");

        Assert.Equal(30m, usage.SpentUsd(Now.AddHours(-24)));
        Assert.Equal(5, usage.TransactionCount(Now.AddHours(-24)));
    }

    [Fact]
    public void SeesUncommittedRowsOfItsOwnTransaction_OnARawConnection()
    {
        using var db = Seeded();
        using var connection = Sql.Open(db.File);
        using var transaction = connection.BeginTransaction(deferred: false);
        Insert(connection, transaction, "t-new", "w1", TransactionStatus.Pending, 100.5, Now);

        var usage = new LedgerPolicyUsage(connection, transaction, "w1");

        Assert.Equal(131.5m, usage.SpentUsd(Now.AddHours(-24)));
        transaction.Rollback();
        Assert.Equal(31m, new LedgerPolicyUsage(connection, null, "w1").SpentUsd(Now.AddHours(-24)));
    }

    [Fact]
    public async Task WorksInsideAnEfWriteTransaction()
    {
        using var db = Seeded();
        await using var context = db.Context();
        await using var transaction = await context.Database.BeginTransactionAsync();
        context.Transactions.Add(Row("t-ef", "w1", TransactionStatus.Queued, 7, Now));
        await context.SaveChangesAsync();

        var usage = new LedgerPolicyUsage(context.Database.GetDbConnection(), transaction.GetDbTransaction(), "w1");

        Assert.Equal(38m, usage.SpentUsd(Now.AddHours(-24)));
    }

    [Fact]
    public void Query_UsesAnIndex()
    {
        using var db = Seeded();
        using var connection = Sql.Open(db.File);
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + LedgerPolicyUsage.Sql;
        command.Parameters.AddWithValue("$wallet", "w1");
        command.Parameters.AddWithValue("$since", 0L);
        command.Parameters.AddWithValue("$exclude", DBNull.Value);

        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.StartsWith("SEARCH transactions USING INDEX IX_transactions_wallet_id_status", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN transactions", StringComparison.Ordinal));
    }

    [Fact]
    public void EngineOverTheLedger_ReachesTheDailyLimit()
    {
        using var db = Seeded();
        using var connection = Sql.Open(db.File);
        var limit = PolicyCandidateLoader.ToCandidate("p", "w1", null, "SPENDING_LIMIT", """{"daily_limit_usd": 40}""", 0, true);
        var intent = new TransactionIntent
        {
            WalletId = "w1",
            Chain = ChainType.Ethereum,
            Network = "ethereum-sepolia",
            Type = TransactionType.Transfer,
            To = "0x1111111111111111111111111111111111111111",
            Amount = 1,
            AmountUsd = 10m,
        };

        PolicyDecision Decide(decimal usd) => PolicyEngine.Evaluate(new PolicyEvaluationInput
        {
            Intent = intent with { AmountUsd = usd },
            Policies = [limit],
            Now = Now,
            HasVerifiedOwner = true,
            Defaults = new PolicyDefaults(300, 3600, PolicyTier.Notify),
            Usage = new LedgerPolicyUsage(connection, null, "w1"),
        });

        Assert.Equal(PolicyTier.Instant, Decide(9m).Tier);
        Assert.Equal(PolicyTier.Approval, Decide(9.01m).Tier);
    }

    [Fact]
    public async Task ConcurrentEvaluateAndReserve_InImmediateTransactions_NeverOverrunsTheDailyLimit()
    {
        using var db = Seeded();
        var limit = PolicyCandidateLoader.ToCandidate("p", "w1", null, "SPENDING_LIMIT", """{"daily_limit_usd": 100}""", 0, true);
        var start = new TaskCompletionSource();

        // 31 USD already reserved in the window; each request is 20 USD: exactly 3 fit (91 ≤ 100), the rest need APPROVAL.
        var workers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await start.Task;
            using var connection = WaiaasDatabase.OpenConnection(db.File, busyTimeoutMs: 30_000);
            using var transaction = connection.BeginTransaction(deferred: false);
            var decision = PolicyEngine.Evaluate(new PolicyEvaluationInput
            {
                Intent = new TransactionIntent
                {
                    WalletId = "w1",
                    Chain = ChainType.Ethereum,
                    Network = "ethereum-sepolia",
                    Type = TransactionType.Transfer,
                    To = "0x1111111111111111111111111111111111111111",
                    Amount = 1,
                    AmountUsd = 20m,
                },
                Policies = [limit],
                Now = Now,
                HasVerifiedOwner = true,
                Defaults = new PolicyDefaults(300, 3600, PolicyTier.Notify),
                Usage = new LedgerPolicyUsage(connection, transaction, "w1"),
            });
            var status = decision.Tier == PolicyTier.Instant ? TransactionStatus.Pending : TransactionStatus.Queued;
            Insert(connection, transaction, "c" + i, "w1", status, (double)decision.ReserveUsd!.Value, Now);
            transaction.Commit();
            return decision.Tier;
        })).ToList();
        start.SetResult();
        var tiers = await Task.WhenAll(workers);

        Assert.Equal(3, tiers.Count(t => t == PolicyTier.Instant));
        Assert.Equal(5, tiers.Count(t => t == PolicyTier.Approval));
    }

    private static TestDb Seeded()
    {
        var db = new TestDb();
        using var context = db.Context();
        context.Wallets.Add(Wallet("w1"));
        context.Wallets.Add(Wallet("w2"));
        context.SaveChanges();
        using var connection = Sql.Open(db.File);
        var at = Now.AddHours(-20);
        Insert(connection, null, "t-pending", "w1", TransactionStatus.Pending, 1, at);
        Insert(connection, null, "t-queued", "w1", TransactionStatus.Queued, 2, at.AddHours(1));
        Insert(connection, null, "t-executing", "w1", TransactionStatus.Executing, 4, at.AddHours(2));
        Insert(connection, null, "t-submitted", "w1", TransactionStatus.Submitted, 8, at.AddHours(3));
        Insert(connection, null, "t-confirmed", "w1", TransactionStatus.Confirmed, 16, at.AddHours(4));
        Insert(connection, null, "t-unpriced", "w1", TransactionStatus.Confirmed, null, at.AddHours(5));
        Insert(connection, null, "t-failed", "w1", TransactionStatus.Failed, 32, at);
        Insert(connection, null, "t-cancelled", "w1", TransactionStatus.Cancelled, 64, at);
        Insert(connection, null, "t-expired", "w1", TransactionStatus.Expired, 128, at);
        Insert(connection, null, "t-old", "w1", TransactionStatus.Confirmed, 1000, Now.AddDays(-2));
        Insert(connection, null, "t-other", "w2", TransactionStatus.Confirmed, 256, at);
        return db;
    }

    private static WalletEntity Wallet(string id) => new()
    {
        Id = id,
        Name = id,
        Chain = ChainType.Ethereum,
        Environment = NetworkEnvironment.Testnet,
        PublicKey = id + "-key",
        Address = id + "-address",
        Status = WalletStatus.Active,
        OwnerState = OwnerState.None,
    };

    private static TransactionEntity Row(string id, string walletId, TransactionStatus status, double? usd, DateTimeOffset createdAt) => new()
    {
        Id = id,
        WalletId = walletId,
        Network = "ethereum-sepolia",
        Type = "TRANSFER",
        Status = WaiaaS.Core.WireNames.ToWireName(status),
        AmountUsd = usd,
        CreatedAt = createdAt.ToUnixTimeSeconds(),
        UpdatedAt = createdAt.ToUnixTimeSeconds(),
    };

    private static void Insert(SqliteConnection connection, SqliteTransaction? transaction, string id, string walletId, TransactionStatus status, double? usd, DateTimeOffset createdAt)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO transactions (id, wallet_id, network, type, status, amount_usd, created_at, updated_at) VALUES ($id, $wallet, 'ethereum-sepolia', 'TRANSFER', $status, $usd, $at, $at)";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$wallet", walletId);
        command.Parameters.AddWithValue("$status", WaiaaS.Core.WireNames.ToWireName(status));
        command.Parameters.AddWithValue("$usd", (object?)usd ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", createdAt.ToUnixTimeSeconds());
        command.ExecuteNonQuery();
    }
}
