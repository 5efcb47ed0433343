namespace WaiaaS.Core.Sessions;

/// <summary>
/// When a session deserves the <c>SESSION_EXPIRING_SOON</c> warning (seed 000 NOTI-01/02): its absolute expiry is
/// less than 24 hours away, or it has 3 renewals or fewer left (only when renewals are limited).
/// </summary>
public static class SessionExpiringSoonRule
{
    /// <summary>How close the absolute expiry must be: 24 hours.</summary>
    public const long AbsoluteExpiryWindowSeconds = 24 * 3600;

    /// <summary>The renewals-remaining threshold: 3.</summary>
    public const int RenewalsRemainingThreshold = 3;

    /// <summary>Whether a session with these values qualifies at <paramref name="now"/>.</summary>
    public static bool Qualifies(long? absoluteExpiresAt, int renewalCount, int maxRenewals, long now) =>
        (absoluteExpiresAt is { } absolute && absolute - now < AbsoluteExpiryWindowSeconds)
        || SessionLimits.RenewalsRemaining(renewalCount, maxRenewals) is <= RenewalsRemainingThreshold;
}
