namespace WaiaaS.Daemon.Audit;

// Owner notifications.
public static partial class AuditEvents
{
    /// <summary>No channel delivered a notification (details: eventType, attempts with channel, status and error).</summary>
    public const string NotificationDeliveryFailed = "notification.delivery_failed";
}
