using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WaiaaS.Core;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// Runs accepted transactions: a pool of workers takes ids from <see cref="TransactionWorkQueue"/>, claims each row with
/// a compare-and-set to EXECUTING, signs and submits it, and hands it to <see cref="ConfirmationWatcher"/>. Rows a
/// crash or a transient failure left behind (EXECUTING, SUBMITTED, accepted PENDING) are found by
/// <see cref="TransactionSweeper"/>, which also releases due DELAYs and approved APPROVALs.
/// </summary>
internal sealed partial class TransactionExecutor(
    TransactionWorkQueue work,
    TransactionStateWriter states,
    TransactionExecution execution,
    ConfirmationWatcher confirmations,
    TransactionEvents events,
    TransactionSweeper sweeper,
    IDbContextFactory<WaiaasDbContext> contexts,
    TimeProvider time,
    ILogger<TransactionExecutor> logger) : BackgroundService
{
    private const int Workers = 16;
    private const int MaxTransientAttempts = 6;

    private readonly ConcurrentDictionary<string, byte> _active = new();
    private readonly ConcurrentDictionary<string, int> _attempts = new();

    /// <summary>Whether this process is working on the transaction right now.</summary>
    public bool IsActive(string transactionId) => _active.ContainsKey(transactionId) || confirmations.IsWatching(transactionId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up reconciliation first: whatever a crash left behind is picked up before new work.
        await sweeper.SweepAsync(this, includeInFlight: true, stoppingToken).ConfigureAwait(false);
        var loops = Enumerable.Range(0, Workers).Select(_ => WorkAsync(stoppingToken)).Append(sweeper.RunAsync(this, stoppingToken));
        try
        {
            await Task.WhenAll(loops).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await confirmations.DrainAsync().ConfigureAwait(false);
    }

    /// <summary>Starts watching a SUBMITTED row (used by the sweeper).</summary>
    public void Watch(TransactionEntity row, CancellationToken stoppingToken) => confirmations.Watch(row, stoppingToken);

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await foreach (var id in work.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await ProcessAsync(id, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ChainException e) when (e.Kind == ChainErrorKind.Transient)
            {
                await RetryLaterAsync(id, e, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ChainException or DbUpdateException or InvalidOperationException or HttpRequestException or InvalidDataException)
            {
                LogProcessingFailed(logger, id, e);
            }
        }
    }

    private async Task ProcessAsync(string id, CancellationToken stoppingToken)
    {
        if (!_active.TryAdd(id, 0))
        {
            return;
        }

        try
        {
            var row = await states.FindAsync(id, stoppingToken).ConfigureAwait(false);
            row = row?.Status switch
            {
                "PENDING" when row.Tier is not null => await ClaimAsync(row, TransactionStatus.Pending, stoppingToken).ConfigureAwait(false),
                "QUEUED" when await IsReleasedAsync(row, stoppingToken).ConfigureAwait(false) => await ClaimAsync(row, TransactionStatus.Queued, stoppingToken).ConfigureAwait(false),
                "EXECUTING" when row.SignedTx is null => await execution.SignAndSubmitAsync(row, stoppingToken).ConfigureAwait(false),
                "EXECUTING" => await execution.ResubmitSignedAsync(row, stoppingToken).ConfigureAwait(false),
                "SUBMITTED" => row,
                _ => null,
            };
            _attempts.TryRemove(id, out _);
            if (row is null)
            {
                return;
            }

            if (row.Status == TransactionStatus.Submitted.ToWireName())
            {
                confirmations.Watch(row, stoppingToken);
            }
            else if (WireNames.TryParse<TransactionStatus>(row.Status, out var status) && TransactionTransitions.IsTerminal(status))
            {
                await events.SettledAsync(row, stoppingToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _active.TryRemove(id, out _);
        }
    }

    private async Task<TransactionEntity?> ClaimAsync(TransactionEntity row, TransactionStatus from, CancellationToken stoppingToken)
    {
        var claimed = await states.TransitionAsync(row.Id, from, TransactionStatus.Executing, r => r.ExecutedAt = WaiaasDatabase.UnixNow(time), TransitionAudit.System(), stoppingToken).ConfigureAwait(false);
        if (!claimed)
        {
            return null;
        }

        var executing = await states.FindAsync(row.Id, stoppingToken).ConfigureAwait(false);
        return executing is null ? null : await execution.SignAndSubmitAsync(executing, stoppingToken).ConfigureAwait(false);
    }

    // A QUEUED row runs when its DELAY is due or its owner approved it (and the approval has not expired).
    private async Task<bool> IsReleasedAsync(TransactionEntity row, CancellationToken cancellationToken)
    {
        var now = WaiaasDatabase.UnixNow(time);
        if (row.Tier == PolicyTier.Delay.ToWireName())
        {
            return row.ExecuteAfter is { } due && due <= now;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.PendingApprovals.AsNoTracking()
            .AnyAsync(a => a.TxId == row.Id && a.ApprovedAt != null && a.RejectedAt == null, cancellationToken).ConfigureAwait(false);
    }

    private async Task RetryLaterAsync(string id, ChainException error, CancellationToken stoppingToken)
    {
        var attempt = _attempts.AddOrUpdate(id, 1, (_, n) => n + 1);
        if (attempt > MaxTransientAttempts)
        {
            _attempts.TryRemove(id, out _);
            var row = await states.FindAsync(id, stoppingToken).ConfigureAwait(false);
            if (row is { Status: "EXECUTING", SignedTx: null })
            {
                await execution.FailAsync(row, error.Code, $"gave up after {MaxTransientAttempts} attempts: {error.Message}", stoppingToken).ConfigureAwait(false);
                await events.SettledAsync((await states.FindAsync(id, stoppingToken).ConfigureAwait(false))!, stoppingToken).ConfigureAwait(false);
            }

            // Signed bytes may have reached the chain: the periodic sweep keeps asking about exactly those bytes.
            return;
        }

        LogRetrying(logger, id, attempt, error.Code);
        _ = Task.Delay(TimeSpan.FromSeconds(1 << (attempt - 1)), time, stoppingToken)
            .ContinueWith(t => work.Enqueue(id), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transaction {TransactionId} could not be processed; the periodic sweep retries it")]
    private static partial void LogProcessingFailed(ILogger logger, string transactionId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Transaction {TransactionId}: transient chain error {Code}, retry {Attempt}")]
    private static partial void LogRetrying(ILogger logger, string transactionId, int attempt, string code);
}
