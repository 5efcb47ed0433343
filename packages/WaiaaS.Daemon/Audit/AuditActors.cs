namespace WaiaaS.Daemon.Audit;

/// <summary>Builds the <c>actor</c> strings of audit rows.</summary>
public static class AuditActors
{
    /// <summary>The operator, authenticated with the master password.</summary>
    public const string Master = "master";

    /// <summary>The daemon itself (workers, start-up, AutoStop).</summary>
    public const string System = "system";

    /// <summary>An agent session.</summary>
    public static string Session(string sessionId) => "session:" + sessionId;

    /// <summary>A wallet owner, by address.</summary>
    public static string Owner(string address) => "owner:" + address;

    /// <summary>A Telegram user, by chat id or user name.</summary>
    public static string Telegram(string user) => "telegram:" + user;
}
