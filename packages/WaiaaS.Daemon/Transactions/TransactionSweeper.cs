using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// The durable timers of the pipeline, driven by the database (so they survive restarts): every second it releases
/// DELAYs that are due and APPROVALs the owner approved, and expires unanswered approvals; at start and every 30 s it
/// resumes rows nothing in this process is working on (start-up reconciliation after a crash: accepted PENDING,
/// EXECUTING, SUBMITTED).
/// </summary>
internal sealed class TransactionSweeper(
    IDbContextFactory<WaiaasDbContext> contexts,
    TransactionWorkQueue work,
    TransactionStateWriter states,
    TransactionEvents events,
    TimeProvider time)
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private const int InFlightEveryTicks = 30;

    public async Task RunAsync(TransactionExecutor executor, CancellationToken stoppingToken)
    {
        for (var tick = 1; !stoppingToken.IsCancellationRequested; tick++)
        {
            await Task.Delay(Tick, time, stoppingToken).ConfigureAwait(false);
            await SweepAsync(executor, includeInFlight: tick % InFlightEveryTicks == 0, stoppingToken).ConfigureAwait(false);
        }
    }

    public async Task SweepAsync(TransactionExecutor executor, bool includeInFlight, CancellationToken stoppingToken)
    {
        var now = WaiaasDatabase.UnixNow(time);
        var queued = TransactionStatus.Queued.ToWireName();
        var delay = PolicyTier.Delay.ToWireName();
        await using var db = await contexts.CreateDbContextAsync(stoppingToken).ConfigureAwait(false);
        var due = await db.Transactions.AsNoTracking()
            .Where(t => t.Status == queued && t.ExecuteAfter != null && t.ExecuteAfter <= now && t.Tier == delay)
            .Select(t => t.Id).ToListAsync(stoppingToken).ConfigureAwait(false);
        var approvals = await db.PendingApprovals.AsNoTracking()
            .Where(a => a.ApprovedAt == null && a.RejectedAt == null || a.ApprovedAt != null)
            .Join(db.Transactions.AsNoTracking().Where(t => t.Status == queued), a => a.TxId, t => t.Id, (a, t) => a)
            .ToListAsync(stoppingToken).ConfigureAwait(false);
        foreach (var id in due.Concat(approvals.Where(a => a.ApprovedAt is not null).Select(a => a.TxId)))
        {
            if (!executor.IsActive(id))
            {
                work.Enqueue(id);
            }
        }

        foreach (var expired in approvals.Where(a => a.ApprovedAt is null && a.ExpiresAt <= now))
        {
            await ExpireAsync(expired.TxId, stoppingToken).ConfigureAwait(false);
        }

        if (includeInFlight)
        {
            await ResumeInFlightAsync(db, executor, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task ResumeInFlightAsync(WaiaasDbContext db, TransactionExecutor executor, CancellationToken stoppingToken)
    {
        var statuses = new[] { TransactionStatus.Pending.ToWireName(), TransactionStatus.Executing.ToWireName(), TransactionStatus.Submitted.ToWireName() };
        var rows = await db.Transactions.AsNoTracking()
            .Where(t => statuses.Contains(t.Status) && t.Tier != null)
            .OrderBy(t => t.Id)
            .ToListAsync(stoppingToken).ConfigureAwait(false);
        foreach (var row in rows.Where(r => !executor.IsActive(r.Id)))
        {
            if (row.Status == TransactionStatus.Submitted.ToWireName())
            {
                executor.Watch(row, stoppingToken);
            }
            else
            {
                work.Enqueue(row.Id);
            }
        }
    }

    private async Task ExpireAsync(string transactionId, CancellationToken stoppingToken)
    {
        var expired = await states.TransitionAsync(transactionId, TransactionStatus.Queued, TransactionStatus.Expired, r =>
        {
            r.ErrorCode = "APPROVAL_EXPIRED";
            r.Error = "the owner did not approve in time";
        }, TransitionAudit.System(new JsonObject { ["reason"] = "approval timeout" }), stoppingToken).ConfigureAwait(false);
        if (expired && await states.FindAsync(transactionId, stoppingToken).ConfigureAwait(false) is { } row)
        {
            await events.SettledAsync(row, stoppingToken).ConfigureAwait(false);
        }
    }
}
