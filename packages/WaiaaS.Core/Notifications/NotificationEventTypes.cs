namespace WaiaaS.Core.Notifications;

/// <summary>The owner-notification events of SPEC §12, by their wire names.</summary>
public static class NotificationEventTypes
{
    /// <summary>An agent asked for a transaction.</summary>
    public const string TxRequested = "TX_REQUESTED";

    /// <summary>A transaction waits (DELAY).</summary>
    public const string TxQueued = "TX_QUEUED";

    /// <summary>A transaction waits for the owner's approval.</summary>
    public const string TxApprovalRequired = "TX_APPROVAL_REQUIRED";

    /// <summary>A transaction was submitted to the chain.</summary>
    public const string TxSubmitted = "TX_SUBMITTED";

    /// <summary>A transaction was confirmed.</summary>
    public const string TxConfirmed = "TX_CONFIRMED";

    /// <summary>A transaction failed.</summary>
    public const string TxFailed = "TX_FAILED";

    /// <summary>A transaction was cancelled or rejected.</summary>
    public const string TxCancelled = "TX_CANCELLED";

    /// <summary>The owner did not answer in time.</summary>
    public const string TxApprovalExpired = "TX_APPROVAL_EXPIRED";

    /// <summary>A policy denied a transaction.</summary>
    public const string PolicyViolation = "POLICY_VIOLATION";

    /// <summary>A cumulative limit is 80 % used.</summary>
    public const string CumulativeLimitWarning = "CUMULATIVE_LIMIT_WARNING";

    /// <summary>A session was created.</summary>
    public const string SessionCreated = "SESSION_CREATED";

    /// <summary>A session is close to its absolute expiry or out of renewals.</summary>
    public const string SessionExpiringSoon = "SESSION_EXPIRING_SOON";

    /// <summary>A session expired.</summary>
    public const string SessionExpired = "SESSION_EXPIRED";

    /// <summary>The kill switch was activated.</summary>
    public const string KillSwitchActivated = "KILL_SWITCH_ACTIVATED";

    /// <summary>The kill switch was released.</summary>
    public const string KillSwitchRecovered = "KILL_SWITCH_RECOVERED";

    /// <summary>AutoStop suspended a wallet.</summary>
    public const string AutoStopTriggered = "AUTO_STOP_TRIGGERED";

    /// <summary>A newer WaiaaS is available.</summary>
    public const string UpdateAvailable = "UPDATE_AVAILABLE";

    /// <summary>An APPROVAL was downgraded to DELAY because the wallet has no verified owner.</summary>
    public const string ApprovalDowngraded = "APPROVAL_DOWNGRADED";
}
