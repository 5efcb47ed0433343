using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Transactions;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Hosting;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.KillSwitch;

/// <summary>Reads what <c>GET /v1/admin/status</c> reports.</summary>
internal sealed class AdminStatusReader(IDbContextFactory<WaiaasDbContext> factory, IKillSwitchState killSwitch, DaemonRuntime runtime, TimeProvider time)
{
    public async Task<AdminStatusResponse> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var unix = now.ToUnixTimeSeconds();
        var wallets = await db.Wallets.AsNoTracking()
            .Where(w => w.Status != WalletStatus.Terminated)
            .GroupBy(w => w.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var sessions = await db.Sessions.CountAsync(s => s.RevokedAt == null && s.ExpiresAt > unix && s.AbsoluteExpiresAt > unix, cancellationToken).ConfigureAwait(false);
        string[] waiting = [TransactionStatus.Pending.ToWireName(), TransactionStatus.Queued.ToWireName()];
        var pending = await db.Transactions.CountAsync(t => waiting.Contains(t.Status), cancellationToken).ConfigureAwait(false);
        return new AdminStatusResponse(
            killSwitch.Current.ToWireName(),
            ProductInfo.Version,
            runtime.SchemaVersion,
            (long)(now - runtime.StartedAt).TotalSeconds,
            unix,
            wallets.Sum(w => w.Count),
            wallets.Where(w => w.Status == WalletStatus.Active).Sum(w => w.Count),
            wallets.Where(w => w.Status == WalletStatus.Suspended).Sum(w => w.Count),
            sessions,
            pending);
    }

    public async Task<KillSwitchStateResponse> ReadKillSwitchAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var (state, _, changedAt) = await KillSwitchStore.ReadAsync(db, cancellationToken).ConfigureAwait(false);
        return new KillSwitchStateResponse(state.ToWireName(), changedAt);
    }
}
