namespace WaiaaS.Core.Notifications;

/// <summary>How urgent a notification is. Critical ones go to every channel (SPEC §12).</summary>
public enum NotificationSeverity
{
    /// <summary>For the record.</summary>
    Info,

    /// <summary>The owner should look.</summary>
    Warning,

    /// <summary>The owner must act now (kill switch, AutoStop, approval required, session expiring).</summary>
    Critical,
}
