namespace WaiaaS.Daemon.Notifications;

/// <summary>The <c>status</c> values of a <c>notification_logs</c> row written by channel delivery.</summary>
internal static class NotificationDeliveryStatus
{
    /// <summary>The channel accepted the message.</summary>
    public const string Sent = "SENT";

    /// <summary>The channel failed (HTTP error, no answer, refused connection); the error column says which.</summary>
    public const string Failed = "FAILED";

    /// <summary>The channel was skipped because it reached <c>rate_limit_rpm</c>.</summary>
    public const string RateLimited = "RATE_LIMITED";
}
