using Microsoft.Data.Sqlite;

namespace WaiaaS.Daemon.Tests.Storage;

/// <summary>Rows in every table of a schema-2 database, written with raw SQL in schema 2's shape.</summary>
internal static class SchemaV2Seed
{
    public static void Write(SqliteConnection connection)
    {
        Sql.Execute(connection, $$"""
            INSERT INTO wallets (id, name, chain, environment, public_key, address, status, owner_address, owner_state,
                                 default_constraints, suspended_at, suspension_reason, terminated_at, purged_at, created_at, updated_at)
            VALUES
              ('{{SchemaV1Seed.NoOwner}}', 'no owner', 'solana', 'testnet', 'pk1', 'addr1', 'ACTIVE', NULL, 'NONE', NULL, NULL, NULL, NULL, NULL, 1000, 1001),
              ('{{SchemaV1Seed.VerifiedOwner}}', 'verified', 'ethereum', 'mainnet', 'pk2', '0xAbC2', 'SUSPENDED', '0xOwner2', 'LOCKED',
               '{"maxAmount":"5"}', 1500, 'operator', NULL, NULL, 1100, 1500),
              ('{{SchemaV1Seed.UnverifiedOwner}}', 'unverified', 'solana', 'mainnet', 'pk3', 'addr3', 'ACTIVE', 'Owner3', 'GRACE', NULL, NULL, NULL, NULL, NULL, 1200, 1201),
              ('{{SchemaV1Seed.Terminated}}', 'gone', 'ethereum', 'testnet', 'pk4', '0xAbC4', 'TERMINATED', NULL, 'NONE', NULL, NULL, NULL, 1777, 1800, 1300, 1777);
            """);
        SchemaV1Seed.WriteEveryOtherTable(connection);
    }
}
