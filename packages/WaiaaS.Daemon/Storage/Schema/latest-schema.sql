CREATE TABLE "audit_log" (
    "id" TEXT NOT NULL CONSTRAINT "PK_audit_log" PRIMARY KEY,
    "seq" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    "event_type" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "wallet_id" TEXT NULL,
    "session_id" TEXT NULL,
    "transaction_id" TEXT NULL,
    "request_id" TEXT NULL,
    "ip_address" TEXT NULL,
    "details" TEXT NULL,
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);


CREATE TABLE "key_value_store" (
    "key" TEXT NOT NULL CONSTRAINT "PK_key_value_store" PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updated_at" INTEGER NOT NULL
);


CREATE TABLE "notification_channels" (
    "id" TEXT NOT NULL CONSTRAINT "PK_notification_channels" PRIMARY KEY,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "config" TEXT NOT NULL,
    "enabled" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL
);


CREATE TABLE "owner_nonces" (
    "nonce" TEXT NOT NULL CONSTRAINT "PK_owner_nonces" PRIMARY KEY,
    "wallet_id" TEXT NULL,
    "purpose" TEXT NOT NULL,
    "expires_at" INTEGER NOT NULL,
    "used_at" INTEGER NULL,
    "created_at" INTEGER NOT NULL
);


CREATE TABLE "schema_version" (
    "version" INTEGER NOT NULL CONSTRAINT "PK_schema_version" PRIMARY KEY,
    "applied_at" INTEGER NOT NULL,
    "description" TEXT NOT NULL
);


CREATE TABLE "sessions" (
    "id" TEXT NOT NULL CONSTRAINT "PK_sessions" PRIMARY KEY,
    "token_hash" TEXT NOT NULL,
    "expires_at" INTEGER NOT NULL,
    "absolute_expires_at" INTEGER NOT NULL,
    "renewal_count" INTEGER NOT NULL,
    "max_renewals" INTEGER NOT NULL,
    "constraints" TEXT NULL,
    "source" TEXT NOT NULL,
    "revoked_at" INTEGER NULL,
    "last_renewed_at" INTEGER NULL,
    "expiring_soon_notified" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    "ttl_seconds" INTEGER NULL,
    "previous_token_hash" TEXT NULL,
    "previous_token_valid_until" INTEGER NULL
);


CREATE TABLE "telegram_users" (
    "chat_id" INTEGER NOT NULL CONSTRAINT "PK_telegram_users" PRIMARY KEY,
    "username" TEXT NULL,
    "role" TEXT NOT NULL,
    "approved_at" INTEGER NULL,
    "created_at" INTEGER NOT NULL
);


CREATE TABLE "token_registry" (
    "id" TEXT NOT NULL CONSTRAINT "PK_token_registry" PRIMARY KEY,
    "network" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "name" TEXT NULL,
    "decimals" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL
);


CREATE TABLE "wallets" (
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


CREATE TABLE "notification_logs" (
    "id" TEXT NOT NULL CONSTRAINT "PK_notification_logs" PRIMARY KEY,
    "channel_id" TEXT NULL,
    "event_type" TEXT NOT NULL,
    "wallet_id" TEXT NULL,
    "status" TEXT NOT NULL,
    "error" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    "session_id" TEXT NULL,
    "message" TEXT NULL,
    CONSTRAINT "FK_notification_logs_notification_channels_channel_id" FOREIGN KEY ("channel_id") REFERENCES "notification_channels" ("id") ON DELETE SET NULL
);


CREATE TABLE "evm_nonces" (
    "wallet_id" TEXT NOT NULL,
    "network" TEXT NOT NULL,
    "next_nonce" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,
    CONSTRAINT "PK_evm_nonces" PRIMARY KEY ("wallet_id", "network"),
    CONSTRAINT "FK_evm_nonces_wallets_wallet_id" FOREIGN KEY ("wallet_id") REFERENCES "wallets" ("id") ON DELETE RESTRICT
);


CREATE TABLE "policies" (
    "id" TEXT NOT NULL CONSTRAINT "PK_policies" PRIMARY KEY,
    "wallet_id" TEXT NULL,
    "network" TEXT NULL,
    "type" TEXT NOT NULL,
    "rules" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,
    "enabled" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,
    CONSTRAINT "FK_policies_wallets_wallet_id" FOREIGN KEY ("wallet_id") REFERENCES "wallets" ("id") ON DELETE RESTRICT
);


CREATE TABLE "session_wallets" (
    "session_id" TEXT NOT NULL,
    "wallet_id" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    CONSTRAINT "PK_session_wallets" PRIMARY KEY ("session_id", "wallet_id"),
    CONSTRAINT "FK_session_wallets_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE CASCADE,
    CONSTRAINT "FK_session_wallets_wallets_wallet_id" FOREIGN KEY ("wallet_id") REFERENCES "wallets" ("id") ON DELETE RESTRICT
);


CREATE TABLE "transactions" (
    "id" TEXT NOT NULL CONSTRAINT "PK_transactions" PRIMARY KEY,
    "wallet_id" TEXT NOT NULL,
    "session_id" TEXT NULL,
    "network" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "to_address" TEXT NULL,
    "amount" TEXT NULL,
    "token" TEXT NULL,
    "contract" TEXT NULL,
    "calldata" TEXT NULL,
    "status" TEXT NOT NULL,
    "tier" TEXT NULL,
    "idempotency_key" TEXT NULL,
    "reserved_amount" TEXT NULL,
    "amount_usd" REAL NULL,
    "tx_hash" TEXT NULL,
    "nonce" INTEGER NULL,
    "error_code" TEXT NULL,
    "error" TEXT NULL,
    "queued_at" INTEGER NULL,
    "executed_at" INTEGER NULL,
    "confirmed_at" INTEGER NULL,
    "metadata" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,
    "request_hash" TEXT NULL,
    "execute_after" INTEGER NULL,
    "signed_tx" TEXT NULL,
    "submitted_at" INTEGER NULL,
    CONSTRAINT "FK_transactions_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "sessions" ("id") ON DELETE SET NULL,
    CONSTRAINT "FK_transactions_wallets_wallet_id" FOREIGN KEY ("wallet_id") REFERENCES "wallets" ("id") ON DELETE RESTRICT
);


CREATE TABLE "pending_approvals" (
    "id" TEXT NOT NULL CONSTRAINT "PK_pending_approvals" PRIMARY KEY,
    "tx_id" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "expires_at" INTEGER NOT NULL,
    "approved_at" INTEGER NULL,
    "rejected_at" INTEGER NULL,
    "owner_signature" TEXT NULL,
    "channel" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    "message" TEXT NULL,
    CONSTRAINT "FK_pending_approvals_transactions_tx_id" FOREIGN KEY ("tx_id") REFERENCES "transactions" ("id") ON DELETE CASCADE
);


CREATE INDEX "IX_audit_log_created_at" ON "audit_log" ("created_at");


CREATE INDEX "IX_audit_log_event_type" ON "audit_log" ("event_type");


CREATE UNIQUE INDEX "IX_audit_log_seq" ON "audit_log" ("seq");


CREATE INDEX "IX_audit_log_session_id" ON "audit_log" ("session_id");


CREATE INDEX "IX_audit_log_wallet_id" ON "audit_log" ("wallet_id");


CREATE INDEX "IX_notification_logs_channel_id" ON "notification_logs" ("channel_id");


CREATE INDEX "IX_notification_logs_created_at" ON "notification_logs" ("created_at");


CREATE INDEX "IX_owner_nonces_expires_at" ON "owner_nonces" ("expires_at");


CREATE INDEX "IX_pending_approvals_expires_at" ON "pending_approvals" ("expires_at");


CREATE UNIQUE INDEX "IX_pending_approvals_tx_id" ON "pending_approvals" ("tx_id");


CREATE INDEX "IX_policies_type" ON "policies" ("type");


CREATE INDEX "IX_policies_wallet_id" ON "policies" ("wallet_id");


CREATE INDEX "IX_session_wallets_wallet_id" ON "session_wallets" ("wallet_id");


CREATE INDEX "IX_sessions_expires_at" ON "sessions" ("expires_at");


CREATE UNIQUE INDEX "IX_sessions_token_hash" ON "sessions" ("token_hash");


CREATE UNIQUE INDEX "IX_token_registry_network_address" ON "token_registry" ("network", "address");


CREATE INDEX "IX_transactions_created_at" ON "transactions" ("created_at");


CREATE INDEX "IX_transactions_session_id" ON "transactions" ("session_id");


CREATE INDEX "IX_transactions_status_execute_after" ON "transactions" ("status", "execute_after");


CREATE INDEX "IX_transactions_tx_hash" ON "transactions" ("tx_hash");


CREATE UNIQUE INDEX "IX_transactions_wallet_id_idempotency_key" ON "transactions" ("wallet_id", "idempotency_key");


CREATE INDEX "IX_transactions_wallet_id_status" ON "transactions" ("wallet_id", "status");


CREATE UNIQUE INDEX "IX_wallets_public_key" ON "wallets" ("public_key");


CREATE INDEX "IX_wallets_status" ON "wallets" ("status");


