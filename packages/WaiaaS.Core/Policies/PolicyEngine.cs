using WaiaaS.Core.Policies.Rules;
using WaiaaS.Core.Transactions;

namespace WaiaaS.Core.Policies;

/// <summary>
/// The policy engine (SPEC §8, docs/policies.md): pure, deterministic for a given input. Order: the effective policy
/// per type (<see cref="PolicyScope"/>) → deny rules in a fixed order, first deny wins → tier = max(per-asset amount
/// tier, USD tier, cumulative tier, unknown price) → APPROVAL without a verified owner becomes DELAY.
/// </summary>
public static partial class PolicyEngine
{
    /// <summary>Judges one transaction. Reads the ledger through <see cref="PolicyEvaluationInput.Usage"/> only when a rule needs it.</summary>
    public static PolicyDecision Evaluate(PolicyEvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var intent = input.Intent;
        var effective = PolicyScope.Effective(input.Policies, intent.WalletId, intent.Network);
        var denial = FirstDenial(input, effective);
        if (denial is not null)
        {
            return PolicyDecision.Deny(denial);
        }

        var spending = effective.TryGetValue(PolicyType.SpendingLimit, out var policy) ? policy : null;
        var rules = spending?.Rules as SpendingLimitRules;
        var warnings = new List<PolicyWarning>();
        var tier = rules is null || !MovesValue(intent) ? PolicyTier.Instant : Tier(input, spending!, rules, warnings);
        var downgraded = false;
        if (tier == PolicyTier.Approval && !input.HasVerifiedOwner)
        {
            tier = PolicyTier.Delay;
            downgraded = true;
            warnings.Add(new PolicyWarning(PolicyWarningKind.ApprovalDowngraded, spending!.Id,
                "The transaction needs the owner's approval, but the wallet has no verified owner; it was delayed instead."));
        }

        return new PolicyDecision
        {
            Tier = tier,
            DelaySeconds = rules?.DelaySeconds ?? input.Defaults.DelaySeconds,
            ApprovalTimeoutSeconds = rules?.ApprovalTimeout ?? input.Defaults.ApprovalTimeoutSeconds,
            ReserveUsd = UsdValue(intent),
            Downgraded = downgraded,
            TierPolicyId = tier == PolicyTier.Instant ? null : spending?.Id,
            Warnings = warnings,
        };
    }

    // APPROVE grants an allowance and moves nothing; its amount is judged by APPROVE_AMOUNT_LIMIT, not spending tiers.
    private static bool MovesValue(TransactionIntent intent) => intent.Type != TransactionType.Approve;

    // A zero amount has a known value (0) even without a price.
    private static decimal? UsdValue(TransactionIntent intent) =>
        !MovesValue(intent) || intent.Amount.IsZero ? 0m : intent.AmountUsd;

    private static PolicyTier Max(PolicyTier a, PolicyTier b) => a > b ? a : b;
}
