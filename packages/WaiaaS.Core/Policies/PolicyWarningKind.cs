namespace WaiaaS.Core.Policies;

/// <summary>Why a decision carries a warning (the pipeline turns them into notifications).</summary>
public enum PolicyWarningKind
{
    /// <summary>A cumulative USD limit is 80 % used or more, including this transaction.</summary>
    CumulativeLimitNearlyReached,

    /// <summary>A cumulative USD limit would be exceeded; the transaction needs APPROVAL.</summary>
    CumulativeLimitExceeded,

    /// <summary>A USD rule applies but the amount has no price; the tier is at least <c>unknown_price_tier</c>.</summary>
    UnknownPrice,

    /// <summary>APPROVAL was needed but the wallet has no verified owner, so the transaction was given DELAY instead.</summary>
    ApprovalDowngraded,
}
