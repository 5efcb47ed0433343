using Microsoft.EntityFrameworkCore;
using WaiaaS.Daemon.Audit;

namespace WaiaaS.Daemon.Storage;

/// <summary>
/// The daemon's SQLite database. Conventions: ids are UUIDv7 strings, times are UTC Unix seconds (<see cref="long"/>),
/// JSON is stored as compact text, enums as text. Table and column names are snake_case (see <c>docs/storage.md</c>).
/// The schema itself is created and migrated by <see cref="SchemaGate"/>, never by <c>EnsureCreated</c> or
/// <c>Migrate</c>; create options with <see cref="WaiaasDatabase.CreateOptions"/>.
/// </summary>
public sealed class WaiaasDbContext(DbContextOptions<WaiaasDbContext> options) : DbContext(options)
{
    /// <summary><c>wallets</c>.</summary>
    public DbSet<WalletEntity> Wallets => Set<WalletEntity>();

    /// <summary><c>sessions</c>.</summary>
    public DbSet<SessionEntity> Sessions => Set<SessionEntity>();

    /// <summary><c>session_wallets</c>.</summary>
    public DbSet<SessionWalletEntity> SessionWallets => Set<SessionWalletEntity>();

    /// <summary><c>transactions</c>.</summary>
    public DbSet<TransactionEntity> Transactions => Set<TransactionEntity>();

    /// <summary><c>policies</c>.</summary>
    public DbSet<PolicyEntity> Policies => Set<PolicyEntity>();

    /// <summary><c>pending_approvals</c>.</summary>
    public DbSet<PendingApprovalEntity> PendingApprovals => Set<PendingApprovalEntity>();

    /// <summary><c>audit_log</c> (append through <see cref="AuditLogWriter"/> only).</summary>
    public DbSet<AuditLogEntity> AuditLog => Set<AuditLogEntity>();

    /// <summary><c>notification_channels</c>.</summary>
    public DbSet<NotificationChannelEntity> NotificationChannels => Set<NotificationChannelEntity>();

    /// <summary><c>notification_logs</c>.</summary>
    public DbSet<NotificationLogEntity> NotificationLogs => Set<NotificationLogEntity>();

    /// <summary><c>key_value_store</c>.</summary>
    public DbSet<KeyValueEntity> KeyValues => Set<KeyValueEntity>();

    /// <summary><c>schema_version</c>.</summary>
    public DbSet<SchemaVersionEntity> SchemaVersions => Set<SchemaVersionEntity>();

    /// <summary><c>telegram_users</c>.</summary>
    public DbSet<TelegramUserEntity> TelegramUsers => Set<TelegramUserEntity>();

    /// <summary><c>token_registry</c>.</summary>
    public DbSet<TokenRegistryEntity> TokenRegistry => Set<TokenRegistryEntity>();

    /// <summary>Single-use owner nonces.</summary>
    public DbSet<OwnerNonceEntity> OwnerNonces => Set<OwnerNonceEntity>();

    /// <summary>Durable EVM nonce cursors per wallet and network.</summary>
    public DbSet<EvmNonceEntity> EvmNonces => Set<EvmNonceEntity>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        WaiaasModel.Configure(modelBuilder);
    }
}
