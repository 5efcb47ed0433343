using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Notifications;
using WaiaaS.Core.Transactions;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Notifications;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.AutoStop;

/// <summary>
/// The AutoStop rules of <c>[autostop]</c>, computed from the database (so they hold across restarts):
/// consecutive failures = the wallet's last N settled (CONFIRMED or FAILED) transactions all FAILED; unusual activity
/// = more than the maximum transactions created within the window; idle = an ACTIVE wallet with live sessions whose
/// newest transaction, newest session and last wallet change are all older than the idle timeout. Suspension is a
/// compare-and-set from ACTIVE, so a rule triggers once however many callers race.
/// </summary>
internal sealed class AutoStopService(
    IDbContextFactory<WaiaasDbContext> factory,
    AutoStopSettings settings,
    AuditLogWriter audit,
    INotificationDispatcher notifications,
    TimeProvider time) : IAutoStopHooks
{
    public async Task<bool> OnTransactionSettledAsync(string walletId, TransactionStatus finalStatus, CancellationToken cancellationToken)
    {
        var limit = settings.ConsecutiveFailures;
        if (!settings.Enabled || limit == 0 || finalStatus != TransactionStatus.Failed)
        {
            return false;
        }

        var failed = TransactionStatus.Failed.ToWireName();
        var confirmed = TransactionStatus.Confirmed.ToWireName();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var recent = await db.Transactions.AsNoTracking()
            .Where(t => t.WalletId == walletId && (t.Status == failed || t.Status == confirmed))
            .OrderByDescending(t => t.UpdatedAt).ThenByDescending(t => t.Id)
            .Take(limit)
            .Select(t => t.Status)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (recent.Count < limit || recent.Any(status => status != failed))
        {
            return false;
        }

        return await TriggerAsync(walletId, AutoStopRules.ConsecutiveFailures, new JsonObject { ["consecutiveFailures"] = limit },
            $"{limit} transactions in a row failed.", cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> OnTransactionAcceptedAsync(string walletId, CancellationToken cancellationToken)
    {
        var max = settings.MaxTransactionsPerWindow;
        if (!settings.Enabled || max == 0)
        {
            return false;
        }

        var since = WaiaasDatabase.UnixNow(time) - settings.WindowSeconds;
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var count = await db.Transactions.CountAsync(t => t.WalletId == walletId && t.CreatedAt > since, cancellationToken).ConfigureAwait(false);
        if (count <= max)
        {
            return false;
        }

        return await TriggerAsync(walletId, AutoStopRules.UnusualActivity,
            new JsonObject { ["transactions"] = count, ["max"] = max, ["windowSeconds"] = settings.WindowSeconds },
            $"{count} transaction requests within {settings.WindowSeconds} s (the limit is {max}).", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Suspends every wallet the idle rule catches now; returns their ids.</summary>
    public async Task<IReadOnlyList<string>> CheckIdleAsync(CancellationToken cancellationToken)
    {
        var timeout = settings.IdleTimeoutSeconds;
        if (!settings.Enabled || timeout == 0)
        {
            return [];
        }

        var now = WaiaasDatabase.UnixNow(time);
        var cutoff = now - timeout;
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var live = db.Sessions.Where(s => s.RevokedAt == null && s.ExpiresAt > now && s.AbsoluteExpiresAt > now);
        var candidates = await db.Wallets.AsNoTracking()
            .Where(w => w.Status == WalletStatus.Active && w.UpdatedAt <= cutoff)
            .Where(w => db.SessionWallets.Any(l => l.WalletId == w.Id && live.Any(s => s.Id == l.SessionId)))
            .Where(w => !db.SessionWallets.Any(l => l.WalletId == w.Id && db.Sessions.Any(s => s.Id == l.SessionId && s.CreatedAt > cutoff)))
            .Where(w => !db.Transactions.Any(t => t.WalletId == w.Id && t.CreatedAt > cutoff))
            .Select(w => w.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var suspended = new List<string>();
        foreach (var walletId in candidates)
        {
            if (await TriggerAsync(walletId, AutoStopRules.Idle, new JsonObject { ["idleTimeoutSeconds"] = timeout },
                $"no activity for {timeout} s while sessions are live.", cancellationToken).ConfigureAwait(false))
            {
                suspended.Add(walletId);
            }
        }

        return suspended;
    }

    private async Task<bool> TriggerAsync(string walletId, string rule, JsonObject details, string why, CancellationToken cancellationToken)
    {
        var now = WaiaasDatabase.UnixNow(time);
        var reason = AutoStopRules.Reason(rule);
        string name;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var updated = await db.Wallets
                .Where(w => w.Id == walletId && w.Status == WalletStatus.Active)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(w => w.Status, WalletStatus.Suspended)
                    .SetProperty(w => w.SuspendedAt, now)
                    .SetProperty(w => w.SuspensionReason, reason)
                    .SetProperty(w => w.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
            if (updated == 0)
            {
                return false;
            }

            name = await db.Wallets.Where(w => w.Id == walletId).Select(w => w.Name).FirstAsync(cancellationToken).ConfigureAwait(false);
            details["rule"] = rule;
            details["reason"] = reason;
            await audit.AppendAsync(db, new AuditEntry(AuditEvents.AutoStopTriggered, AuditActors.System) { WalletId = walletId, Details = details }, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await notifications.DispatchAsync(new NotificationMessage(
            NotificationEventTypes.AutoStopTriggered,
            NotificationSeverity.Critical,
            $"AutoStop suspended wallet {name}",
            $"Rule {rule}: {why} The wallet is suspended; resume it with POST /v1/wallets/{walletId}/resume once the cause is understood.")
        {
            WalletId = walletId,
            Facts = new Dictionary<string, string> { ["rule"] = rule, ["wallet"] = name },
        }, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
