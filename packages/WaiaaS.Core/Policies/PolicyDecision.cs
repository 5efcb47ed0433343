using WaiaaS.Core.Transactions;

namespace WaiaaS.Core.Policies;

/// <summary>
/// The engine's answer. Either <see cref="Denial"/> is set (the transaction must be refused) or the transaction may
/// proceed with <see cref="Tier"/>. The pipeline stores <see cref="ReserveUsd"/> as the row's <c>amount_usd</c>, which is
/// what later evaluations count as spent while the row holds its reservation.
/// </summary>
public sealed record PolicyDecision
{
    /// <summary>The tier (INSTANT when denied; ignore it then).</summary>
    public PolicyTier Tier { get; init; }

    /// <summary>Seconds a DELAY transaction waits (the SPENDING_LIMIT's <c>delay_seconds</c> or the default).</summary>
    public int DelaySeconds { get; init; }

    /// <summary>Seconds an APPROVAL waits for the owner (the SPENDING_LIMIT's <c>approval_timeout</c> or the default).</summary>
    public int ApprovalTimeoutSeconds { get; init; }

    /// <summary>The USD value to reserve (the intent's <c>AmountUsd</c>); null when the price is unknown.</summary>
    public decimal? ReserveUsd { get; init; }

    /// <summary>Whether APPROVAL was turned into DELAY because the wallet has no verified owner.</summary>
    public bool Downgraded { get; init; }

    /// <summary>The policy whose rule set the tier, if a policy raised it above INSTANT.</summary>
    public string? TierPolicyId { get; init; }

    /// <summary>Warnings to notify about.</summary>
    public IReadOnlyList<PolicyWarning> Warnings { get; init; } = [];

    /// <summary>The denial, when a policy refused the transaction.</summary>
    public PolicyDenial? Denial { get; init; }

    /// <summary>Whether the transaction may proceed.</summary>
    public bool Allowed => Denial is null;

    /// <summary>A denial decision.</summary>
    public static PolicyDecision Deny(PolicyDenial denial) => new() { Denial = denial };
}
