namespace WaiaaS.Daemon.Notifications;

/// <summary>
/// The notification port: everything that tells the owner something goes through here. Until channels exist the
/// daemon records each message in <c>notification_logs</c> (<see cref="RecordingNotificationDispatcher"/>).
/// Dispatch never throws for a delivery problem; callers are not held up by a failing channel.
/// </summary>
public interface INotificationDispatcher
{
    /// <summary>Delivers (or records) one notification.</summary>
    Task DispatchAsync(NotificationMessage message, CancellationToken cancellationToken = default);
}
