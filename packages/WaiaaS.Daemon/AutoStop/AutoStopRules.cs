namespace WaiaaS.Daemon.AutoStop;

/// <summary>The AutoStop rule names, as written after <c>AUTO_STOP:</c> in <c>wallets.suspension_reason</c>.</summary>
public static class AutoStopRules
{
    /// <summary>Too many settled transactions in a row failed.</summary>
    public const string ConsecutiveFailures = "CONSECUTIVE_FAILURES";

    /// <summary>More transaction requests than allowed within the window.</summary>
    public const string UnusualActivity = "UNUSUAL_ACTIVITY";

    /// <summary>No activity for the idle timeout while sessions are live.</summary>
    public const string Idle = "IDLE";

    /// <summary>The prefix of every AutoStop suspension reason.</summary>
    public const string ReasonPrefix = "AUTO_STOP:";

    /// <summary>The suspension reason of <paramref name="rule"/>.</summary>
    public static string Reason(string rule) => ReasonPrefix + rule;
}
