using WaiaaS.Core.Configuration;
using WaiaaS.Core.Transactions;

namespace WaiaaS.Core.Policies;

/// <summary>The operator's defaults the engine falls back on (<c>[security]</c> delay_seconds, approval_timeout, unknown_price_tier).</summary>
public sealed record PolicyDefaults(int DelaySeconds, int ApprovalTimeoutSeconds, PolicyTier UnknownPriceTier)
{
    /// <summary>The defaults of <c>[security]</c>.</summary>
    public static PolicyDefaults From(SecuritySettings security)
    {
        ArgumentNullException.ThrowIfNull(security);
        return new(
            security.DelaySeconds,
            security.ApprovalTimeoutSeconds,
            security.UnknownPriceTier == "APPROVAL" ? PolicyTier.Approval : PolicyTier.Notify);
    }
}
