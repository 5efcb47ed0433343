using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Notifications;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Notifications.Channels;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Notifications;

/// <summary>
/// Delivers one notification by the rules of SPEC §12: critical events to every configured channel, others to the
/// first channel in <c>channel_order</c> that takes it (a failing or rate-limited channel falls through to the next).
/// Every attempt is a <c>notification_logs</c> row; when no channel delivered, the failure is audited.
/// </summary>
internal sealed class NotificationSender(
    WaiaasConfig config,
    NotificationChannelSet channels,
    NotificationRateLimiter limiter,
    IDbContextFactory<WaiaasDbContext> contexts,
    AuditLogWriter audit,
    TimeProvider time)
{
    /// <summary>Events that go to every channel whatever their severity says.</summary>
    public static readonly FrozenSet<string> BroadcastEvents = new[]
    {
        NotificationEventTypes.KillSwitchActivated,
        NotificationEventTypes.KillSwitchRecovered,
        NotificationEventTypes.AutoStopTriggered,
        NotificationEventTypes.TxApprovalRequired,
        NotificationEventTypes.SessionExpiringSoon,
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsBroadcast(NotificationMessage message) =>
        message.Severity == NotificationSeverity.Critical || BroadcastEvents.Contains(message.EventType);

    public static RenderedNotification Render(NotificationMessage message, string locale) =>
        NotificationTemplates.Render(new NotificationTemplateInput(message.EventType, message.Title, message.Body)
        {
            TransactionId = message.TransactionId,
            SessionId = message.SessionId,
            WalletId = message.WalletId,
            Facts = message.Facts,
        }, locale);

    /// <summary>Delivers <paramref name="message"/> and returns the attempts in order.</summary>
    public async Task<IReadOnlyList<NotificationAttempt>> DeliverAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        var rendered = Render(message, config.Notifications.Locale);
        var broadcast = IsBroadcast(message);
        var attempts = new List<NotificationAttempt>();
        foreach (var channel in channels.Ordered)
        {
            var attempt = await AttemptAsync(channel, rendered, message.Severity, cancellationToken).ConfigureAwait(false);
            attempts.Add(attempt);
            if (!broadcast && attempt.Status == NotificationDeliveryStatus.Sent)
            {
                break;
            }
        }

        await RecordAsync(message, rendered, attempts, cancellationToken).ConfigureAwait(false);
        return attempts;
    }

    /// <summary>Sends <paramref name="message"/> as written (no template) through every configured channel (the test message) and logs each attempt.</summary>
    public async Task<IReadOnlyList<NotificationAttempt>> SendToAllAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        var rendered = new RenderedNotification(message.Title, message.Body);
        var attempts = new List<NotificationAttempt>();
        foreach (var channel in channels.Ordered)
        {
            attempts.Add(await AttemptAsync(channel, rendered, message.Severity, cancellationToken).ConfigureAwait(false));
        }

        await RecordAsync(message, rendered, attempts, cancellationToken).ConfigureAwait(false);
        return attempts;
    }

    private async Task<NotificationAttempt> AttemptAsync(INotificationChannel channel, RenderedNotification rendered, NotificationSeverity severity, CancellationToken cancellationToken)
    {
        if (!limiter.TryAcquire(channel.Name))
        {
            return new NotificationAttempt(channel.Name, NotificationDeliveryStatus.RateLimited, $"more than {limiter.PerMinute} messages in the last minute");
        }

        var result = await channel.SendAsync(rendered, severity, cancellationToken).ConfigureAwait(false);
        return result.Delivered
            ? new NotificationAttempt(channel.Name, NotificationDeliveryStatus.Sent, null)
            : new NotificationAttempt(channel.Name, NotificationDeliveryStatus.Failed, result.Error);
    }

    private async Task RecordAsync(NotificationMessage message, RenderedNotification rendered, List<NotificationAttempt> attempts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = WaiaasDatabase.UnixNow(time);
        await EnsureChannelRowsAsync(db, attempts.Select(a => a.Channel).Distinct(StringComparer.Ordinal).ToList(), now, cancellationToken).ConfigureAwait(false);
        // UUIDv7 ids made in the same millisecond are not ordered: sorted, they keep the attempts in order in the log.
        var ids = attempts.Select(_ => WaiaasDatabase.NewId(time)).Order(StringComparer.Ordinal).ToList();
        foreach (var (attempt, id) in attempts.Zip(ids))
        {
            db.NotificationLogs.Add(new NotificationLogEntity
            {
                Id = id,
                ChannelId = attempt.Channel,
                EventType = message.EventType,
                WalletId = message.WalletId,
                SessionId = message.SessionId,
                Status = attempt.Status,
                Error = attempt.Error,
                Message = rendered.PlainText,
                CreatedAt = now,
            });
        }

        if (attempts.Exists(a => a.Status == NotificationDeliveryStatus.Sent))
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var details = new JsonArray();
        foreach (var attempt in attempts)
        {
            details.Add(new JsonObject { ["channel"] = attempt.Channel, ["status"] = attempt.Status, ["error"] = attempt.Error });
        }

        // Saves the log rows and the audit row in one transaction.
        await audit.AppendAsync(db, new AuditEntry(AuditEvents.NotificationDeliveryFailed, AuditActors.System)
        {
            WalletId = message.WalletId,
            SessionId = message.SessionId,
            TransactionId = message.TransactionId,
            Details = new JsonObject { ["eventType"] = message.EventType, ["attempts"] = details },
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>notification_logs.channel_id</c> references <c>notification_channels</c>: one row per channel type, id = its
    /// name, config <c>{}</c> (the settings, secrets included, stay in config.toml and are never copied to the database).
    /// </summary>
    private static async Task EnsureChannelRowsAsync(WaiaasDbContext db, List<string> names, long now, CancellationToken cancellationToken)
    {
        var existing = await db.NotificationChannels.Where(c => names.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var name in names.Except(existing, StringComparer.Ordinal))
        {
            db.NotificationChannels.Add(new NotificationChannelEntity { Id = name, Type = name, Name = name, Config = "{}", Enabled = true, CreatedAt = now, UpdatedAt = now });
        }
    }
}
