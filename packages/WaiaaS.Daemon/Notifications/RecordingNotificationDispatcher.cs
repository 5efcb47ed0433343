using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Notifications;

/// <summary>
/// Records every notification in <c>notification_logs</c> with status <c>RECORDED</c> and no channel. This is what the
/// daemon does while no channel is configured; channel delivery replaces it without changing the callers.
/// </summary>
internal sealed partial class RecordingNotificationDispatcher(
    IDbContextFactory<WaiaasDbContext> contexts,
    TimeProvider time,
    ILogger<RecordingNotificationDispatcher> logger) : INotificationDispatcher
{
    /// <summary>The status of a notification that was recorded, not sent.</summary>
    public const string RecordedStatus = "RECORDED";

    public async Task DispatchAsync(NotificationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            db.NotificationLogs.Add(new NotificationLogEntity
            {
                Id = WaiaasDatabase.NewId(time),
                EventType = message.EventType,
                WalletId = message.WalletId,
                SessionId = message.SessionId,
                Status = RecordedStatus,
                Message = $"{message.Title}\n{message.Body}",
                CreatedAt = WaiaasDatabase.UnixNow(time),
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex)
        {
            LogRecordFailed(logger, message.EventType, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the {EventType} notification")]
    private static partial void LogRecordFailed(ILogger logger, string eventType, Exception exception);
}
