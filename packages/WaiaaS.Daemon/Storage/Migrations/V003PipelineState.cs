namespace WaiaaS.Daemon.Storage.Migrations;

/// <summary>
/// Schema 3: what sessions, the transaction pipeline and owner approvals keep across restarts. Adds columns only
/// (existing rows keep their values; the new columns are null) and two tables. Frozen once shipped.
/// </summary>
internal static class V003PipelineState
{
    /// <summary>The step.</summary>
    public static SchemaMigrationStep Step { get; } = new(
        3,
        "3_pipeline_state",
        "sessions: ttl and renewal grace; transactions: request hash, due time, signed bytes; owner nonces; EVM nonce cursors",
        RebuildsTables: false,
        (connection, transaction) => SchemaMigrator.Execute(connection, transaction, Sql));

    private const string Sql = """
        ALTER TABLE "sessions" ADD COLUMN "ttl_seconds" INTEGER NULL;
        ALTER TABLE "sessions" ADD COLUMN "previous_token_hash" TEXT NULL;
        ALTER TABLE "sessions" ADD COLUMN "previous_token_valid_until" INTEGER NULL;

        ALTER TABLE "transactions" ADD COLUMN "request_hash" TEXT NULL;
        ALTER TABLE "transactions" ADD COLUMN "execute_after" INTEGER NULL;
        ALTER TABLE "transactions" ADD COLUMN "signed_tx" TEXT NULL;
        ALTER TABLE "transactions" ADD COLUMN "submitted_at" INTEGER NULL;
        CREATE INDEX "IX_transactions_status_execute_after" ON "transactions" ("status", "execute_after");

        ALTER TABLE "pending_approvals" ADD COLUMN "message" TEXT NULL;

        ALTER TABLE "notification_logs" ADD COLUMN "session_id" TEXT NULL;
        ALTER TABLE "notification_logs" ADD COLUMN "message" TEXT NULL;

        CREATE TABLE "owner_nonces" (
            "nonce" TEXT NOT NULL CONSTRAINT "PK_owner_nonces" PRIMARY KEY,
            "wallet_id" TEXT NULL,
            "purpose" TEXT NOT NULL,
            "expires_at" INTEGER NOT NULL,
            "used_at" INTEGER NULL,
            "created_at" INTEGER NOT NULL
        );
        CREATE INDEX "IX_owner_nonces_expires_at" ON "owner_nonces" ("expires_at");

        CREATE TABLE "evm_nonces" (
            "wallet_id" TEXT NOT NULL,
            "network" TEXT NOT NULL,
            "next_nonce" INTEGER NOT NULL,
            "updated_at" INTEGER NOT NULL,
            CONSTRAINT "PK_evm_nonces" PRIMARY KEY ("wallet_id", "network"),
            CONSTRAINT "FK_evm_nonces_wallets_wallet_id" FOREIGN KEY ("wallet_id") REFERENCES "wallets" ("id") ON DELETE RESTRICT
        );
        """;
}
