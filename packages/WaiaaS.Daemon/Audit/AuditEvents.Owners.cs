namespace WaiaaS.Daemon.Audit;

// Owner signatures, the kill switch and AutoStop.
public static partial class AuditEvents
{
    /// <summary>A request carried owner headers that did not authenticate (details: path, reason).</summary>
    public const string OwnerAuthFailed = "owner.auth_failed";

    /// <summary>An AutoStop rule suspended a wallet (details: rule, facts of the rule).</summary>
    public const string AutoStopTriggered = "auto_stop.triggered";
}
