using System.Collections.Immutable;

namespace WaiaaS.Core.Configuration;

/// <summary><c>[security]</c>: session limits, rate limits, CORS, policy defaults and master-password lockout.</summary>
public sealed record SecuritySettings
{
    /// <summary>Session time-to-live in seconds (0 = unlimited, only when set by the operator).</summary>
    public long SessionTtlSeconds { get; init; } = 86400;

    /// <summary>How often a session may be renewed (0 = unlimited).</summary>
    public int SessionMaxRenewals { get; init; } = 30;

    /// <summary>Absolute session lifetime in seconds, across renewals (0 = unlimited).</summary>
    public long SessionAbsoluteLifetimeSeconds { get; init; } = 2_592_000;

    /// <summary>Seconds a token replaced by a renewal keeps working (pitfall H-05: in-flight calls are not broken).</summary>
    public int SessionRenewalGraceSeconds { get; init; } = 60;

    /// <summary>Seconds tokens signed with the previous JWT secret stay valid after a rotation.</summary>
    public int JwtRotationGraceSeconds { get; init; } = 300;

    /// <summary>Active sessions allowed per wallet.</summary>
    public int MaxSessionsPerWallet { get; init; } = 5;

    /// <summary>Constraints for sessions created without their own, unless the wallet has defaults.</summary>
    public SessionConstraintSettings DefaultConstraints { get; init; } = new();

    /// <summary>Requests per minute per session (0 = no limit).</summary>
    public int RateLimitSessionRpm { get; init; } = 600;

    /// <summary>Transaction requests per minute per session (0 = no limit).</summary>
    public int RateLimitTxRpm { get; init; } = 60;

    /// <summary>Browser origins allowed by CORS; empty means none.</summary>
    public ImmutableArray<string> CorsOrigins { get; init; } = [];

    /// <summary>Default wait of the DELAY tier in seconds.</summary>
    public int DelaySeconds { get; init; } = 300;

    /// <summary>Seconds an APPROVAL waits for the owner before it expires.</summary>
    public int ApprovalTimeoutSeconds { get; init; } = 3600;

    /// <summary>Tier given when a USD price is unknown: NOTIFY or APPROVAL.</summary>
    public string UnknownPriceTier { get; init; } = "NOTIFY";

    /// <summary>IANA time zone in which TIME_RESTRICTION policies read hours and days.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Failed master-password attempts within the window that trigger a lockout.</summary>
    public int MasterAuthLockoutFailures { get; init; } = 5;

    /// <summary>Window, in seconds, over which failures are counted.</summary>
    public int MasterAuthLockoutWindowSeconds { get; init; } = 300;

    /// <summary>First lockout in seconds; each further lockout in the window doubles it.</summary>
    public int MasterAuthLockoutBackoffSeconds { get; init; } = 30;
}
