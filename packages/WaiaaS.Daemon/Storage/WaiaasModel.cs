using System.Text;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Audit;

namespace WaiaaS.Daemon.Storage;

/// <summary>
/// The EF model of the latest schema. Any change here needs a new schema version and a migration step
/// (<see cref="SchemaMigrations"/>); the storage tests fail until the migrated schema equals this model.
/// </summary>
internal static class WaiaasModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<WalletEntity>(e =>
        {
            e.ToTable("wallets");
            e.Property(w => w.Chain).HasConversion(WireNameConverters.Chain);
            e.Property(w => w.Environment).HasConversion(WireNameConverters.Environment);
            e.Property(w => w.Status).HasConversion(new UpperSnakeEnumConverter<WalletStatus>());
            e.Property(w => w.OwnerState).HasConversion(new UpperSnakeEnumConverter<OwnerState>());
            e.HasIndex(w => w.PublicKey).IsUnique();
            e.HasIndex(w => w.Status);
        });

        model.Entity<SessionEntity>(e =>
        {
            e.ToTable("sessions");
            e.HasIndex(s => s.TokenHash).IsUnique();
            e.HasIndex(s => s.ExpiresAt);
        });

        model.Entity<SessionWalletEntity>(e =>
        {
            e.ToTable("session_wallets");
            e.HasKey(l => new { l.SessionId, l.WalletId });
            e.HasOne<SessionEntity>().WithMany().HasForeignKey(l => l.SessionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<WalletEntity>().WithMany().HasForeignKey(l => l.WalletId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<TransactionEntity>(e =>
        {
            e.ToTable("transactions");
            e.HasOne<WalletEntity>().WithMany().HasForeignKey(t => t.WalletId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<SessionEntity>().WithMany().HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(t => new { t.WalletId, t.Status });
            e.HasIndex(t => new { t.WalletId, t.IdempotencyKey }).IsUnique();
            e.HasIndex(t => t.TxHash);
            e.HasIndex(t => t.CreatedAt);
            e.HasIndex(t => new { t.Status, t.ExecuteAfter });
        });

        model.Entity<PolicyEntity>(e =>
        {
            e.ToTable("policies");
            e.HasOne<WalletEntity>().WithMany().HasForeignKey(p => p.WalletId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(p => p.Type);
        });

        model.Entity<PendingApprovalEntity>(e =>
        {
            e.ToTable("pending_approvals");
            e.HasOne<TransactionEntity>().WithMany().HasForeignKey(a => a.TxId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(a => a.TxId).IsUnique();
            e.HasIndex(a => a.ExpiresAt);
        });

        model.Entity<AuditLogEntity>(e =>
        {
            // No foreign keys on purpose: audit rows outlive anything they mention.
            e.ToTable("audit_log");
            e.HasIndex(a => a.Seq).IsUnique();
            e.HasIndex(a => a.CreatedAt);
            e.HasIndex(a => a.WalletId);
            e.HasIndex(a => a.SessionId);
            e.HasIndex(a => a.EventType);
        });

        model.Entity<NotificationChannelEntity>(e => e.ToTable("notification_channels"));

        model.Entity<NotificationLogEntity>(e =>
        {
            e.ToTable("notification_logs");
            e.HasOne<NotificationChannelEntity>().WithMany().HasForeignKey(l => l.ChannelId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(l => l.CreatedAt);
        });

        model.Entity<KeyValueEntity>(e =>
        {
            e.ToTable("key_value_store");
            e.HasKey(k => k.Key);
        });

        model.Entity<SchemaVersionEntity>(e =>
        {
            e.ToTable("schema_version");
            e.HasKey(v => v.Version);
            e.Property(v => v.Version).ValueGeneratedNever();
        });

        model.Entity<TelegramUserEntity>(e =>
        {
            e.ToTable("telegram_users");
            e.HasKey(u => u.ChatId);
            e.Property(u => u.ChatId).ValueGeneratedNever();
        });

        model.Entity<TokenRegistryEntity>(e =>
        {
            e.ToTable("token_registry");
            e.HasIndex(t => new { t.Network, t.Address }).IsUnique();
        });

        model.Entity<OwnerNonceEntity>(e =>
        {
            e.ToTable("owner_nonces");
            e.HasKey(n => n.Nonce);
            e.HasIndex(n => n.ExpiresAt);
        });

        model.Entity<EvmNonceEntity>(e =>
        {
            e.ToTable("evm_nonces");
            e.HasKey(n => new { n.WalletId, n.Network });
            e.HasOne<WalletEntity>().WithMany().HasForeignKey(n => n.WalletId).OnDelete(DeleteBehavior.Restrict);
        });

        ApplySnakeCaseColumnNames(model);
    }

    private static void ApplySnakeCaseColumnNames(ModelBuilder model)
    {
        foreach (var entity in model.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
