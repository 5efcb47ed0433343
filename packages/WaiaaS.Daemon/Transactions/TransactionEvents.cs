using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using WaiaaS.Core;
using WaiaaS.Core.Amounts;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Notifications;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.AutoStop;
using WaiaaS.Daemon.Notifications;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// What happens after a pipeline step committed: the owner is told (through the notification port) and accepted work is
/// handed to the executor. Runs after the commit, so a slow channel never holds the write lock.
/// </summary>
internal sealed class TransactionEvents(INotificationDispatcher notifications, TransactionWorkQueue work, IAutoStopHooks autoStop)
{
    public async Task AcceptedAsync(TransactionEntity row, PolicyDecision outcome, PendingApprovalEntity? approval, CancellationToken cancellationToken)
    {
        await autoStop.OnTransactionAcceptedAsync(row.WalletId, cancellationToken).ConfigureAwait(false);
        foreach (var warning in outcome.Warnings.Where(w => w.Kind is PolicyWarningKind.CumulativeLimitNearlyReached or PolicyWarningKind.CumulativeLimitExceeded))
        {
            await NotifyAsync(row, NotificationEventTypes.CumulativeLimitWarning, NotificationSeverity.Warning, "Spending limit", warning.Message, cancellationToken).ConfigureAwait(false);
        }

        if (outcome.Downgraded)
        {
            await NotifyAsync(row, NotificationEventTypes.ApprovalDowngraded, NotificationSeverity.Warning, "Approval downgraded to delay",
                $"{Describe(row)} needed the owner's approval, but the wallet has no verified owner; it waits {outcome.DelaySeconds} s instead. Cancel it with POST /v1/transactions/{row.Id}/cancel.",
                cancellationToken).ConfigureAwait(false);
        }

        switch (row.Status)
        {
            case "PENDING":
                if (row.Tier == "NOTIFY")
                {
                    await NotifyAsync(row, NotificationEventTypes.TxRequested, NotificationSeverity.Info, "Transaction requested", $"{Describe(row)} is executing.", cancellationToken).ConfigureAwait(false);
                }

                work.Enqueue(row.Id);
                break;
            case "QUEUED" when approval is not null:
                await NotifyAsync(row, NotificationEventTypes.TxApprovalRequired, NotificationSeverity.Critical, "Approval required",
                    $"{Describe(row)} waits for your approval until {Time(approval.ExpiresAt)}. Sign the approval message (GET /v1/transactions/{row.Id}) and POST it to /v1/transactions/{row.Id}/approve, or reject it.",
                    cancellationToken).ConfigureAwait(false);
                break;
            case "QUEUED":
                await NotifyAsync(row, NotificationEventTypes.TxQueued, NotificationSeverity.Warning, "Transaction delayed",
                    $"{Describe(row)} executes at {Time(row.ExecuteAfter ?? 0)} unless cancelled (POST /v1/transactions/{row.Id}/cancel).",
                    cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    public Task DeniedAsync(TransactionEntity row, Failure denial, CancellationToken cancellationToken) =>
        NotifyAsync(row, NotificationEventTypes.PolicyViolation, NotificationSeverity.Warning, "Transaction denied",
            $"{Describe(row)} was denied: {denial.Message ?? denial.Error.Message}", cancellationToken);

    public async Task SettledAsync(TransactionEntity row, CancellationToken cancellationToken)
    {
        if (WireNames.TryParse<TransactionStatus>(row.Status, out var final))
        {
            await autoStop.OnTransactionSettledAsync(row.WalletId, final, cancellationToken).ConfigureAwait(false);
        }

        switch (row.Status)
        {
            case "CONFIRMED" when row.Tier is not "INSTANT":
                await NotifyAsync(row, NotificationEventTypes.TxConfirmed, NotificationSeverity.Info, "Transaction confirmed", $"{Describe(row)} confirmed ({row.TxHash}).", cancellationToken).ConfigureAwait(false);
                break;
            case "FAILED":
                await NotifyAsync(row, NotificationEventTypes.TxFailed, NotificationSeverity.Warning, "Transaction failed", $"{Describe(row)} failed: {row.Error}", cancellationToken).ConfigureAwait(false);
                break;
            case "CANCELLED":
                await NotifyAsync(row, NotificationEventTypes.TxCancelled, NotificationSeverity.Info, "Transaction cancelled", $"{Describe(row)} was cancelled: {row.Error}", cancellationToken).ConfigureAwait(false);
                break;
            case "EXPIRED":
                await NotifyAsync(row, NotificationEventTypes.TxApprovalExpired, NotificationSeverity.Warning, "Approval expired", $"{Describe(row)} expired without your approval.", cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>"TRANSFER of 0.5 SOL to X on solana-devnet (tx id)", amounts in human units when decimals are known.</summary>
    public static string Describe(TransactionEntity row) => $"{row.Type} of {Amount(row)} to {row.ToAddress} on {row.Network} (transaction {row.Id})";

    /// <summary>"0.5 SOL" when decimals are known, else "500000000 base units (native)"; empty without an amount.</summary>
    public static string Amount(TransactionEntity row)
    {
        var metadata = row.Metadata is null ? null : JsonNode.Parse(row.Metadata)?.AsObject();
        var decimals = metadata?["decimals"]?.GetValue<int>();
        var symbol = metadata?["symbol"]?.GetValue<string>() ?? (row.Token is null ? "(native)" : $"of token {row.Token}");
        return row.Amount is null
            ? string.Empty
            : decimals is { } d ? $"{DecimalAmount.Format(BigInteger.Parse(row.Amount, CultureInfo.InvariantCulture), d)} {symbol}" : $"{row.Amount} base units {symbol}";
    }

    private Task NotifyAsync(TransactionEntity row, string eventType, NotificationSeverity severity, string title, string body, CancellationToken cancellationToken) =>
        notifications.DispatchAsync(new NotificationMessage(eventType, severity, title, body)
        {
            WalletId = row.WalletId,
            SessionId = row.SessionId,
            TransactionId = row.Id,
            Facts = new Dictionary<string, string>
            {
                [NotificationFacts.Amount] = Amount(row),
                [NotificationFacts.To] = row.ToAddress ?? string.Empty,
                [NotificationFacts.Network] = row.Network,
                [NotificationFacts.Type] = row.Type,
            },
        }, cancellationToken);

    private static string Time(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
