namespace WaiaaS.Core.Policies;

/// <summary>The kinds of policy (SPEC §8). Sent and stored as the upper-case name (<c>SPENDING_LIMIT</c>, …).</summary>
public enum PolicyType
{
    /// <summary>Per-transaction tier thresholds (per asset in base units and/or in USD) and cumulative USD limits.</summary>
    SpendingLimit,

    /// <summary>The recipient addresses transfers may go to.</summary>
    Whitelist,

    /// <summary>The tokens the wallet may move or approve.</summary>
    AllowedTokens,

    /// <summary>The contracts (Solana: programs) the wallet may call.</summary>
    ContractWhitelist,

    /// <summary>The 4-byte selectors a listed contract may be called with.</summary>
    MethodWhitelist,

    /// <summary>The spenders that may receive token approvals.</summary>
    ApprovedSpenders,

    /// <summary>The largest allowance an approval may grant, and whether unlimited approvals are blocked.</summary>
    ApproveAmountLimit,

    /// <summary>The networks the wallet may use.</summary>
    AllowedNetworks,

    /// <summary>The hours and days in which transactions are allowed.</summary>
    TimeRestriction,

    /// <summary>The most transactions allowed per rolling window.</summary>
    RateLimit,
}
