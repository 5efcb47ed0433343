namespace WaiaaS.Daemon.Audit;

public static partial class AuditEvents
{
    /// <summary>The session-token signing secret was rotated (details: previousValidUntil). The secrets are never logged.</summary>
    public const string SessionSecretRotated = "session.secret_rotated";
}
