using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using WaiaaS.Core;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// Stage 6 of SPEC §9: polls the chain for each SUBMITTED transaction (quickly at first, then backing off) until it is
/// confirmed or failed. A watch that times out leaves the row SUBMITTED for the periodic sweep; a Solana transaction
/// whose blockhash expired is rebuilt once.
/// </summary>
internal sealed partial class ConfirmationWatcher(
    TransactionStateWriter states,
    TransactionExecution execution,
    TransactionEvents events,
    TimeProvider time,
    ILogger<ConfirmationWatcher> logger)
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxPoll = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan WatchTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan UnseenBeforeResend = TimeSpan.FromSeconds(20);

    private readonly ConcurrentDictionary<string, Task> _watching = new();

    /// <summary>Whether a watch for this transaction is running in this process.</summary>
    public bool IsWatching(string transactionId) => _watching.ContainsKey(transactionId);

    /// <summary>Starts watching a SUBMITTED row in the background (once per transaction).</summary>
    public void Watch(TransactionEntity row, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (_watching.ContainsKey(row.Id))
        {
            return;
        }

        var task = Task.Run(() => WatchAsync(row, stopping), CancellationToken.None);
        if (!_watching.TryAdd(row.Id, task))
        {
            return;
        }

        _ = task.ContinueWith(_ => _watching.TryRemove(row.Id, out var _), TaskScheduler.Default);
    }

    /// <summary>Waits for the watches in flight (shutdown).</summary>
    public Task DrainAsync() => Task.WhenAll(_watching.Values);

    private async Task WatchAsync(TransactionEntity row, CancellationToken stopping)
    {
        try
        {
            var (wallet, endpoint) = await execution.ContextAsync(row, stopping).ConfigureAwait(false);
            if (wallet is null || endpoint is null)
            {
                return;
            }

            var adapter = execution.Adapter(wallet.Chain);
            var deadline = time.GetUtcNow() + WatchTimeout;
            var resendAt = time.GetUtcNow() + UnseenBeforeResend;
            var delay = FirstPoll;
            while (!stopping.IsCancellationRequested && time.GetUtcNow() < deadline)
            {
                await Task.Delay(delay, time, stopping).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxPoll.Ticks));
                var current = await states.FindAsync(row.Id, stopping).ConfigureAwait(false);
                if (current is null || current.Status != TransactionStatus.Submitted.ToWireName())
                {
                    return;
                }

                ConfirmationStatus status;
                try
                {
                    status = await adapter.GetConfirmationAsync(endpoint, current.TxHash!, stopping).ConfigureAwait(false);
                }
                catch (ChainException e) when (e.Kind != ChainErrorKind.Permanent)
                {
                    continue;
                }

                switch (status.State)
                {
                    case ConfirmationState.Confirmed:
                        await SettleAsync(current, TransactionStatus.Confirmed, null, stopping).ConfigureAwait(false);
                        return;
                    case ConfirmationState.Failed:
                        await SettleAsync(current, TransactionStatus.Failed, status.Error ?? "the transaction failed on chain", stopping).ConfigureAwait(false);
                        return;
                    case ConfirmationState.Expired when !await execution.RebuildExpiredAsync(current, stopping).ConfigureAwait(false):
                        await SettleAsync(current, TransactionStatus.Failed, "the blockhash expired before the transaction landed (after one rebuild)", stopping).ConfigureAwait(false);
                        return;
                    case ConfirmationState.Expired:
                        delay = FirstPoll;
                        break;
                    case ConfirmationState.NotFound when time.GetUtcNow() >= resendAt:
                        // Unseen for a while (dropped, or sent just before a crash): the same bytes again. If they can
                        // never land, a Solana transaction is rebuilt once; otherwise it failed.
                        resendAt = time.GetUtcNow() + UnseenBeforeResend;
                        if (!await execution.ResendSubmittedAsync(current, stopping).ConfigureAwait(false)
                            && !await execution.RebuildExpiredAsync(current, stopping).ConfigureAwait(false))
                        {
                            await SettleAsync(current, TransactionStatus.Failed, "the signed transaction can no longer land (expired or its nonce was used)", stopping).ConfigureAwait(false);
                            return;
                        }

                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is ChainException or InvalidOperationException or HttpRequestException)
        {
            LogWatchFailed(logger, row.Id, e);
        }
    }

    private async Task SettleAsync(TransactionEntity row, TransactionStatus to, string? error, CancellationToken cancellationToken)
    {
        var moved = await states.TransitionAsync(row.Id, TransactionStatus.Submitted, to, r =>
        {
            if (to == TransactionStatus.Confirmed)
            {
                r.ConfirmedAt = Storage.WaiaasDatabase.UnixNow(time);
            }
            else
            {
                r.ErrorCode = "CHAIN_EXECUTION_FAILED";
                r.Error = error;
            }
        }, TransitionAudit.System(new JsonObject { ["txHash"] = row.TxHash }), cancellationToken).ConfigureAwait(false);
        if (moved && await states.FindAsync(row.Id, cancellationToken).ConfigureAwait(false) is { } settled)
        {
            await events.SettledAsync(settled, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watching transaction {TransactionId} stopped; the periodic sweep will pick it up")]
    private static partial void LogWatchFailed(ILogger logger, string transactionId, Exception exception);
}
