using Microsoft.Data.Sqlite;
using WaiaaS.Daemon.Audit;

namespace WaiaaS.Daemon.Tests.Storage;

/// <summary>Rows in every table of a schema-1 database, written with raw SQL in schema 1's shape.</summary>
internal static class SchemaV1Seed
{
    public const string NoOwner = "01900000-0000-7000-8000-000000000001";
    public const string VerifiedOwner = "01900000-0000-7000-8000-000000000002";
    public const string UnverifiedOwner = "01900000-0000-7000-8000-000000000003";
    public const string Terminated = "01900000-0000-7000-8000-000000000004";
    public const string Session = "01900000-0000-7000-8000-0000000000a1";
    public const string Transaction = "01900000-0000-7000-8000-0000000000b1";

    public static void Write(SqliteConnection connection)
    {
        Sql.Execute(connection, $$"""
            INSERT INTO wallets (id, name, chain, environment, public_key, address, status, owner_address, owner_verified,
                                 default_constraints, suspended_at, suspension_reason, created_at, updated_at)
            VALUES
              ('{{NoOwner}}', 'no owner', 'solana', 'testnet', 'pk1', 'addr1', 'ACTIVE', NULL, 0, NULL, NULL, NULL, 1000, 1001),
              ('{{VerifiedOwner}}', 'verified', 'ethereum', 'mainnet', 'pk2', '0xAbC2', 'SUSPENDED', '0xOwner2', 1,
               '{"maxAmount":"5"}', 1500, 'operator', 1100, 1500),
              ('{{UnverifiedOwner}}', 'unverified', 'solana', 'mainnet', 'pk3', 'addr3', 'ACTIVE', 'Owner3', 0, NULL, NULL, NULL, 1200, 1201),
              ('{{Terminated}}', 'gone', 'ethereum', 'testnet', 'pk4', '0xAbC4', 'TERMINATED', NULL, 0, NULL, NULL, NULL, 1300, 1777);
            """);
        WriteEveryOtherTable(connection);
    }

    /// <summary>The rows of every table but <c>wallets</c>, whose shape schemas 1 and 2 share.</summary>
    public static void WriteEveryOtherTable(SqliteConnection connection)
    {
        Sql.Execute(connection, $$"""
            INSERT INTO sessions (id, token_hash, expires_at, absolute_expires_at, renewal_count, max_renewals, constraints,
                                  source, revoked_at, last_renewed_at, expiring_soon_notified, created_at)
            VALUES ('{{Session}}', 'hash-a1', 5000, 9000, 2, 12, '{"allowedNetworks":["solana-devnet"]}', 'mcp', NULL, 4000, 1, 3000);
            INSERT INTO session_wallets (session_id, wallet_id, created_at) VALUES ('{{Session}}', '{{NoOwner}}', 3000);
            INSERT INTO transactions (id, wallet_id, session_id, network, type, to_address, amount, token, contract, calldata,
                                      status, tier, idempotency_key, reserved_amount, amount_usd, tx_hash, nonce, error_code, error,
                                      queued_at, executed_at, confirmed_at, metadata, created_at, updated_at)
            VALUES ('{{Transaction}}', '{{NoOwner}}', '{{Session}}', 'solana-devnet', 'TRANSFER', 'dest', '1500000000', NULL, NULL, NULL,
                    'CONFIRMED', 'INSTANT', 'idem-1', '1500000000', 12.5, 'sig1', NULL, NULL, NULL, 3100, 3101, 3105, '{"memo":"x"}', 3100, 3105);
            INSERT INTO policies (id, wallet_id, network, type, rules, priority, enabled, created_at, updated_at)
            VALUES ('01900000-0000-7000-8000-0000000000c1', '{{VerifiedOwner}}', NULL, 'SPENDING_LIMIT', '{"instantMax":"1"}', 10, 1, 2000, 2001),
                   ('01900000-0000-7000-8000-0000000000c2', NULL, 'solana-devnet', 'WHITELIST', '{"addresses":[]}', 0, 0, 2002, 2002);
            INSERT INTO pending_approvals (id, tx_id, nonce, expires_at, approved_at, rejected_at, owner_signature, channel, created_at)
            VALUES ('01900000-0000-7000-8000-0000000000d1', '{{Transaction}}', 'nonce-1', 6000, 3104, NULL, 'sig', 'telegram', 3101);
            INSERT INTO notification_channels (id, type, name, config, enabled, created_at, updated_at)
            VALUES ('01900000-0000-7000-8000-0000000000e1', 'ntfy', 'phone', '{"topic":"t"}', 1, 100, 100);
            INSERT INTO notification_logs (id, channel_id, event_type, wallet_id, status, error, created_at)
            VALUES ('01900000-0000-7000-8000-0000000000e2', '01900000-0000-7000-8000-0000000000e1', 'TX_CONFIRMED', '{{NoOwner}}', 'sent', NULL, 3106);
            INSERT INTO key_value_store (key, value, updated_at) VALUES ('kill_switch_state', 'NORMAL', 50), ('version_check_latest', '0.1.0', 60);
            INSERT INTO telegram_users (chat_id, username, role, approved_at, created_at) VALUES (123456789, 'alice', 'ADMIN', 70, 65);
            INSERT INTO token_registry (id, network, address, symbol, name, decimals, source, created_at)
            VALUES ('01900000-0000-7000-8000-0000000000f1', 'solana-devnet', 'Mint1', 'USDC', 'USD Coin', 6, 'builtin', 1);
            """);
        WriteAuditChain(connection);
    }

    private static void WriteAuditChain(SqliteConnection connection)
    {
        var previous = AuditCanonicalEncoding.GenesisHash;
        for (var seq = 1; seq <= 3; seq++)
        {
            var row = new AuditLogEntity
            {
                Id = $"01900000-0000-7000-8000-00000000010{seq}",
                Seq = seq,
                CreatedAt = 1000 + seq,
                EventType = seq == 1 ? AuditEvents.DaemonStarted : AuditEvents.WalletCreated,
                Actor = seq == 1 ? AuditActors.System : AuditActors.Master,
                WalletId = seq == 1 ? null : NoOwner,
                Details = seq == 3 ? """{"name":"no owner"}""" : null,
                PrevHash = previous,
                Hash = string.Empty,
            };
            row.Hash = AuditCanonicalEncoding.ComputeHash(row);
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO audit_log (id, seq, created_at, event_type, actor, wallet_id, session_id, transaction_id, request_id,
                                       ip_address, details, prev_hash, hash)
                VALUES ($id, $seq, $createdAt, $eventType, $actor, $walletId, NULL, NULL, NULL, NULL, $details, $prevHash, $hash);
                """;
            command.Parameters.AddWithValue("$id", row.Id);
            command.Parameters.AddWithValue("$seq", row.Seq);
            command.Parameters.AddWithValue("$createdAt", row.CreatedAt);
            command.Parameters.AddWithValue("$eventType", row.EventType);
            command.Parameters.AddWithValue("$actor", row.Actor);
            command.Parameters.AddWithValue("$walletId", (object?)row.WalletId ?? DBNull.Value);
            command.Parameters.AddWithValue("$details", (object?)row.Details ?? DBNull.Value);
            command.Parameters.AddWithValue("$prevHash", row.PrevHash);
            command.Parameters.AddWithValue("$hash", row.Hash);
            command.ExecuteNonQuery();
            previous = row.Hash;
        }
    }
}
