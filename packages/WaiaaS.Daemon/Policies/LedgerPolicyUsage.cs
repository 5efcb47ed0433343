using System.Data.Common;
using System.Globalization;
using WaiaaS.Core;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Transactions;

namespace WaiaaS.Daemon.Policies;

/// <summary>
/// <see cref="IPolicyUsage"/> over the reservation ledger (SPEC §8): the <c>transactions</c> rows of one wallet whose
/// status holds a reservation (<see cref="TransactionTransitions.ReservingStatuses"/>) and that were created at or after
/// the given time. Runs on the caller's open connection and transaction (EF's, or a raw <c>SqliteConnection</c>), so the
/// pipeline evaluates and reserves inside one <c>BEGIN IMMEDIATE</c>. The transaction being evaluated is excluded when
/// its row already exists (the pipeline persists it as PENDING before the policy stage).
/// </summary>
internal sealed class LedgerPolicyUsage(DbConnection connection, DbTransaction? transaction, string walletId, string? excludeTransactionId = null) : IPolicyUsage
{
    /// <summary>
    /// One query answers all three questions. It is served by the (wallet_id, status) index (EXPLAIN QUERY PLAN:
    /// <c>SEARCH transactions USING INDEX IX_transactions_wallet_id_status (wallet_id=? AND status=?)</c>).
    /// </summary>
    public static readonly string Sql =
        "SELECT COALESCE(SUM(amount_usd), 0), COUNT(*), MIN(created_at) FROM transactions " +
        "WHERE wallet_id = $wallet AND status IN (" +
        string.Join(", ", TransactionTransitions.ReservingStatuses.Select(s => "'" + s.ToWireName() + "'")) + ") " +
        "AND created_at >= $since AND ($exclude IS NULL OR id <> $exclude)";

    public decimal SpentUsd(DateTimeOffset since) => Query(since).SpentUsd;

    public int TransactionCount(DateTimeOffset since) => Query(since).Count;

    public DateTimeOffset? OldestCountedSince(DateTimeOffset since) => Query(since).Oldest;

    private (decimal SpentUsd, int Count, DateTimeOffset? Oldest) Query(DateTimeOffset since)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        Add(command, "$wallet", walletId);
        Add(command, "$since", since.ToUnixTimeSeconds());
        Add(command, "$exclude", (object?)excludeTransactionId ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        reader.Read();
        // amount_usd is a REAL estimate; the sum is rounded to cents' precision the engine compares with.
        var spent = Math.Round(Convert.ToDecimal(reader.GetDouble(0), CultureInfo.InvariantCulture), 6);
        var count = reader.GetInt32(1);
        DateTimeOffset? oldest = reader.IsDBNull(2) ? null : DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(2));
        return (spent, count, oldest);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
