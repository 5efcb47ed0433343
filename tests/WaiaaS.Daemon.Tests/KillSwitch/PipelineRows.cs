using WaiaaS.Core;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Owners;

namespace WaiaaS.Daemon.Tests.KillSwitch;

/// <summary>Rows the sessions and pipeline work will write, seeded directly for the kill switch and AutoStop tests.</summary>
internal static class PipelineRows
{
    public static async Task<string> AddSessionAsync(this DaemonTestHost host, string walletId, long? revokedAt = null, long? createdAt = null)
    {
        var now = host.Time.GetUtcNow().ToUnixTimeSeconds();
        var id = Guid.CreateVersion7().ToString();
        await using var db = host.Db();
        db.Sessions.Add(new SessionEntity
        {
            Id = id,
            TokenHash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
            ExpiresAt = now + 86_400,
            AbsoluteExpiresAt = now + (30 * 86_400),
            MaxRenewals = 30,
            Source = "api",
            RevokedAt = revokedAt,
            CreatedAt = createdAt ?? now,
        });
        db.SessionWallets.Add(new SessionWalletEntity { SessionId = id, WalletId = walletId });
        await db.SaveChangesAsync();
        return id;
    }

    public static async Task<string> AddTransactionAsync(this DaemonTestHost host, string walletId, TransactionStatus status, long? at = null)
    {
        var when = at ?? host.Time.GetUtcNow().ToUnixTimeSeconds();
        var id = Guid.CreateVersion7().ToString();
        await using var db = host.Db();
        db.Transactions.Add(new TransactionEntity
        {
            Id = id,
            WalletId = walletId,
            Network = "solana-devnet",
            Type = TransactionType.Transfer.ToWireName(),
            ToAddress = "11111111111111111111111111111111",
            Amount = "1000",
            Status = status.ToWireName(),
            CreatedAt = when,
            UpdatedAt = when,
        });
        await db.SaveChangesAsync();
        return id;
    }
}
