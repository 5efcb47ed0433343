namespace WaiaaS.Daemon.Storage.Migrations;

/// <summary>
/// Schema 2: wallet owners become a state (<c>owner_state</c> NONE/GRACE/LOCKED) instead of an
/// <c>owner_verified</c> flag, and terminated wallets record <c>terminated_at</c> and <c>purged_at</c>.
/// Existing rows are converted: no owner address → NONE, verified → LOCKED, unverified → GRACE; a TERMINATED
/// wallet's <c>terminated_at</c> is its last <c>updated_at</c>. SQLite cannot drop or retype a column in place, so
/// the table is rebuilt (create, copy, drop, rename) with foreign keys off and checked before commit.
/// </summary>
internal static class V002WalletOwnerState
{
    public static SchemaMigrationStep Step { get; } = new(
        2,
        "2_wallet_owner_state",
        "wallets: owner_verified becomes owner_state; add terminated_at, purged_at",
        RebuildsTables: true,
        (connection, transaction) => SchemaMigrator.Execute(connection, transaction, Sql));

    private const string Sql = """
        CREATE TABLE "wallets_v2" (
            "id" TEXT NOT NULL CONSTRAINT "PK_wallets" PRIMARY KEY,
            "name" TEXT NOT NULL,
            "chain" TEXT NOT NULL,
            "environment" TEXT NOT NULL,
            "public_key" TEXT NOT NULL,
            "address" TEXT NOT NULL,
            "status" TEXT NOT NULL,
            "owner_address" TEXT NULL,
            "owner_state" TEXT NOT NULL,
            "default_constraints" TEXT NULL,
            "suspended_at" INTEGER NULL,
            "suspension_reason" TEXT NULL,
            "terminated_at" INTEGER NULL,
            "purged_at" INTEGER NULL,
            "created_at" INTEGER NOT NULL,
            "updated_at" INTEGER NOT NULL
        );

        INSERT INTO "wallets_v2" (
            "id", "name", "chain", "environment", "public_key", "address", "status", "owner_address", "owner_state",
            "default_constraints", "suspended_at", "suspension_reason", "terminated_at", "purged_at", "created_at", "updated_at")
        SELECT
            "id", "name", "chain", "environment", "public_key", "address", "status", "owner_address",
            CASE WHEN "owner_address" IS NULL THEN 'NONE' WHEN "owner_verified" <> 0 THEN 'LOCKED' ELSE 'GRACE' END,
            "default_constraints", "suspended_at", "suspension_reason",
            CASE WHEN "status" = 'TERMINATED' THEN "updated_at" ELSE NULL END,
            NULL, "created_at", "updated_at"
        FROM "wallets";

        DROP TABLE "wallets";

        ALTER TABLE "wallets_v2" RENAME TO "wallets";

        CREATE UNIQUE INDEX "IX_wallets_public_key" ON "wallets" ("public_key");

        CREATE INDEX "IX_wallets_status" ON "wallets" ("status");
        """;
}
