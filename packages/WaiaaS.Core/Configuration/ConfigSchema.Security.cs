using WaiaaS.Core.Configuration.ValueTypes;

namespace WaiaaS.Core.Configuration;

public static partial class ConfigSchema
{
    private static ConfigSection SecuritySection()
    {
        const string s = "security";
        return new(s, "Session limits, rate limits, CORS, policy defaults and master-password lockout. For session limits 0 means unlimited.",
        [
            Int(s, "session_ttl", 0, 3650 * Day, "Session time-to-live in seconds.",
                c => c.Security.SessionTtlSeconds, (c, v) => c with { Security = c.Security with { SessionTtlSeconds = v } }),
            Int(s, "session_max_renewals", 0, 1_000_000, "How often a session may be renewed.",
                c => c.Security.SessionMaxRenewals, (c, v) => c with { Security = c.Security with { SessionMaxRenewals = (int)v } }),
            Int(s, "session_absolute_lifetime", 0, 3650 * Day, "Seconds a session may live in total, across renewals.",
                c => c.Security.SessionAbsoluteLifetimeSeconds, (c, v) => c with { Security = c.Security with { SessionAbsoluteLifetimeSeconds = v } }),
            Int(s, "session_renewal_grace", 0, 3600, "Seconds a token replaced by a renewal keeps working, so calls in flight during a renewal succeed.",
                c => c.Security.SessionRenewalGraceSeconds, (c, v) => c with { Security = c.Security with { SessionRenewalGraceSeconds = (int)v } }),
            Int(s, "jwt_rotation_grace", 0, Day, "Seconds tokens signed with the previous secret stay valid after POST /v1/admin/rotate-secret.",
                c => c.Security.JwtRotationGraceSeconds, (c, v) => c with { Security = c.Security with { JwtRotationGraceSeconds = (int)v } }),
            Int(s, "max_sessions_per_wallet", 1, 10_000, "Active sessions allowed per wallet.",
                c => c.Security.MaxSessionsPerWallet, (c, v) => c with { Security = c.Security with { MaxSessionsPerWallet = (int)v } }),
            new ConfigKey<SessionConstraintSettings>(s, "default_constraints",
                "Constraints for sessions created without their own, when the wallet has none: allowed_networks, allowed_types, max_amount_per_tx = { <asset> = \"<base units>\" }, allowed_recipients.",
                SessionConstraintsValueType.Instance,
                c => c.Security.DefaultConstraints, (c, v) => c with { Security = c.Security with { DefaultConstraints = v } }),
            Int(s, "rate_limit_session_rpm", 0, 1_000_000, "Requests per minute per session (0 = no limit).",
                c => c.Security.RateLimitSessionRpm, (c, v) => c with { Security = c.Security with { RateLimitSessionRpm = (int)v } }),
            Int(s, "rate_limit_tx_rpm", 0, 1_000_000, "Transaction requests per minute per session (0 = no limit).",
                c => c.Security.RateLimitTxRpm, (c, v) => c with { Security = c.Security with { RateLimitTxRpm = (int)v } }),
            StrList(s, "cors_origins", "Browser origins allowed to call the API (e.g. \"http://localhost:5173\"); empty = none.",
                c => c.Security.CorsOrigins, (c, v) => c with { Security = c.Security with { CorsOrigins = v } }, ConfigValidators.HttpUrl),
            Int(s, "delay_seconds", 0, 30 * Day, "Default wait of the DELAY tier in seconds.",
                c => c.Security.DelaySeconds, (c, v) => c with { Security = c.Security with { DelaySeconds = (int)v } }),
            Int(s, "approval_timeout", 60, 30 * Day, "Seconds an APPROVAL waits for the owner before it expires.",
                c => c.Security.ApprovalTimeoutSeconds, (c, v) => c with { Security = c.Security with { ApprovalTimeoutSeconds = (int)v } }),
            Str(s, "unknown_price_tier", "Tier for a transaction whose USD value cannot be priced: \"NOTIFY\" or \"APPROVAL\".",
                c => c.Security.UnknownPriceTier, (c, v) => c with { Security = c.Security with { UnknownPriceTier = v } },
                ConfigValidators.OneOf("NOTIFY", "APPROVAL")),
            Str(s, "time_zone", "IANA time zone in which TIME_RESTRICTION policies read hours and days.",
                c => c.Security.TimeZone, (c, v) => c with { Security = c.Security with { TimeZone = v } }, ConfigValidators.TimeZone),
            Int(s, "master_auth_lockout_failures", 1, 1000, "Wrong master passwords within the window that lock master authentication.",
                c => c.Security.MasterAuthLockoutFailures, (c, v) => c with { Security = c.Security with { MasterAuthLockoutFailures = (int)v } }),
            Int(s, "master_auth_lockout_window", 10, Day, "Seconds over which wrong master passwords are counted.",
                c => c.Security.MasterAuthLockoutWindowSeconds, (c, v) => c with { Security = c.Security with { MasterAuthLockoutWindowSeconds = (int)v } }),
            Int(s, "master_auth_lockout_backoff", 1, Day, "Seconds of the first lockout; each further lockout within the window doubles it.",
                c => c.Security.MasterAuthLockoutBackoffSeconds, (c, v) => c with { Security = c.Security with { MasterAuthLockoutBackoffSeconds = (int)v } }),
        ]);
    }
}
