using Microsoft.Data.Sqlite;

namespace WaiaaS.Daemon.Audit;

/// <summary>
/// Appends audit rows over a raw SQLite connection inside the caller's transaction: the same rows and hash chain as
/// <see cref="AuditLogWriter"/>, for the start-up path, which runs before (and without paying for) EF Core's warm-up.
/// </summary>
internal static class AuditLogSqlWriter
{
    public static AuditLogEntity Append(SqliteConnection connection, SqliteTransaction transaction, AuditLogWriter writer, AuditEntry entry)
    {
        var row = writer.CreateRow(entry, ReadHead(connection, transaction));
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO audit_log (id, seq, created_at, event_type, actor, wallet_id, session_id, transaction_id, request_id, ip_address, details, prev_hash, hash)
            VALUES ($id, $seq, $createdAt, $eventType, $actor, $walletId, $sessionId, $transactionId, $requestId, $ipAddress, $details, $prevHash, $hash)
            """;
        insert.Parameters.AddWithValue("$id", row.Id);
        insert.Parameters.AddWithValue("$seq", row.Seq);
        insert.Parameters.AddWithValue("$createdAt", row.CreatedAt);
        insert.Parameters.AddWithValue("$eventType", row.EventType);
        insert.Parameters.AddWithValue("$actor", row.Actor);
        insert.Parameters.AddWithValue("$walletId", (object?)row.WalletId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$sessionId", (object?)row.SessionId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$transactionId", (object?)row.TransactionId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$requestId", (object?)row.RequestId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$ipAddress", (object?)row.IpAddress ?? DBNull.Value);
        insert.Parameters.AddWithValue("$details", (object?)row.Details ?? DBNull.Value);
        insert.Parameters.AddWithValue("$prevHash", row.PrevHash);
        insert.Parameters.AddWithValue("$hash", row.Hash);
        insert.ExecuteNonQuery();
        return row;
    }

    private static (long Seq, string Hash) ReadHead(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditCanonicalEncoding.GenesisHash);
    }
}
