using System.Globalization;
using WaiaaS.Core.Policies.Rules;
using WaiaaS.Core.Transactions;

namespace WaiaaS.Core.Policies;

/// <summary>Deny rules of <see cref="PolicyEngine"/>, in their fixed order.</summary>
public static partial class PolicyEngine
{
    /// <summary>
    /// The order in which deny rules run; the first that denies decides. Static rules (what, where, to whom) come before
    /// the time-based ones, so a retryAfter is only ever given for a request that is otherwise acceptable.
    /// </summary>
    public static IReadOnlyList<PolicyType> DenyOrder { get; } =
    [
        PolicyType.AllowedNetworks, PolicyType.Whitelist, PolicyType.AllowedTokens, PolicyType.ContractWhitelist,
        PolicyType.MethodWhitelist, PolicyType.ApprovedSpenders, PolicyType.ApproveAmountLimit,
        PolicyType.TimeRestriction, PolicyType.RateLimit,
    ];

    private static PolicyDenial? FirstDenial(PolicyEvaluationInput input, IReadOnlyDictionary<PolicyType, PolicyCandidate> effective)
    {
        // Deny by default (tokens, contract calls, approvals) only once some policy applies to the wallet; the one
        // exception is the unlimited approval, blocked even without policies unless a rule allows it.
        var anyPolicy = effective.Count > 0;
        foreach (var type in DenyOrder)
        {
            var policy = effective.TryGetValue(type, out var found) ? found : null;
            var denial = type switch
            {
                PolicyType.AllowedNetworks => Networks(input.Intent, policy),
                PolicyType.Whitelist => Recipients(input.Intent, policy),
                PolicyType.AllowedTokens => Tokens(input.Intent, policy, anyPolicy),
                PolicyType.ContractWhitelist => Contracts(input.Intent, policy, anyPolicy),
                PolicyType.MethodWhitelist => Methods(input.Intent, policy),
                PolicyType.ApprovedSpenders => Spenders(input.Intent, policy, anyPolicy),
                PolicyType.ApproveAmountLimit => ApproveAmount(input.Intent, policy),
                PolicyType.TimeRestriction => Time(input, policy),
                PolicyType.RateLimit => Rate(input, policy),
                _ => null,
            };
            if (denial is not null)
            {
                return denial;
            }
        }

        return null;
    }

    private static PolicyDenial? Networks(TransactionIntent intent, PolicyCandidate? policy) =>
        policy?.Rules is AllowedNetworksRules rules && !rules.Networks.Contains(intent.Network, StringComparer.Ordinal)
            ? new PolicyDenial(policy.Id, PolicyType.AllowedNetworks, $"The network {intent.Network} is not allowed for this wallet.")
            {
                Hint = "Use one of: " + string.Join(", ", rules.Networks) + ".",
            }
            : null;

    private static PolicyDenial? Recipients(TransactionIntent intent, PolicyCandidate? policy) =>
        intent.Type is TransactionType.Transfer or TransactionType.TokenTransfer
        && policy?.Rules is WhitelistRules rules && !rules.AllowedAddresses.Contains(intent.To, AddressFormat.Comparer)
            ? new PolicyDenial(policy.Id, PolicyType.Whitelist, $"The recipient {intent.To} is not on the wallet's whitelist.")
            {
                Hint = "Send only to whitelisted addresses, or ask the operator to add this one to the WHITELIST policy.",
            }
            : null;

    private static PolicyDenial? Tokens(TransactionIntent intent, PolicyCandidate? policy, bool anyPolicy)
    {
        if (intent.Type is not (TransactionType.TokenTransfer or TransactionType.Approve) || intent.Token is null || !anyPolicy)
        {
            return null;
        }

        if (policy?.Rules is AllowedTokensRules rules)
        {
            return rules.Tokens.Contains(intent.Token, AddressFormat.Comparer) ? null : new PolicyDenial(policy.Id, PolicyType.AllowedTokens, $"The token {intent.Token} is not allowed for this wallet.")
            {
                Hint = "Use an allowed token, or ask the operator to add it to the ALLOWED_TOKENS policy.",
            };
        }

        return new PolicyDenial(null, PolicyType.AllowedTokens, "Token transactions are denied by default once a wallet has policies, and no ALLOWED_TOKENS policy applies.")
        {
            Hint = "Ask the operator to create an ALLOWED_TOKENS policy listing the token.",
        };
    }

    private static PolicyDenial? Contracts(TransactionIntent intent, PolicyCandidate? policy, bool anyPolicy)
    {
        if (intent.Type != TransactionType.ContractCall || !anyPolicy)
        {
            return null;
        }

        var contract = intent.Contract ?? intent.To;
        if (policy?.Rules is ContractWhitelistRules rules)
        {
            return rules.Contracts.Contains(contract, AddressFormat.Comparer) ? null : new PolicyDenial(policy.Id, PolicyType.ContractWhitelist, $"The contract {contract} is not on the wallet's contract whitelist.")
            {
                Hint = "Call a whitelisted contract, or ask the operator to add it to the CONTRACT_WHITELIST policy.",
            };
        }

        return new PolicyDenial(null, PolicyType.ContractWhitelist, "Contract calls are denied by default once a wallet has policies, and no CONTRACT_WHITELIST policy applies.")
        {
            Hint = "Ask the operator to create a CONTRACT_WHITELIST policy listing the contract.",
        };
    }

    private static PolicyDenial? Methods(TransactionIntent intent, PolicyCandidate? policy)
    {
        if (intent.Type != TransactionType.ContractCall || policy?.Rules is not MethodWhitelistRules rules)
        {
            return null;
        }

        var contract = intent.Contract ?? intent.To;
        var entries = rules.Methods.Where(m => AddressFormat.Same(m.Contract, contract)).ToList();
        if (entries.Count == 0 || entries.Any(e => e.Selectors is null || (intent.Selector is not null && e.Selectors.Value.Contains(intent.Selector, StringComparer.OrdinalIgnoreCase))))
        {
            return null;
        }

        var allowed = entries.SelectMany(e => e.Selectors ?? []).Distinct(StringComparer.Ordinal);
        return new PolicyDenial(policy.Id, PolicyType.MethodWhitelist, $"The method {intent.Selector ?? "(no selector)"} may not be called on {contract}.")
        {
            Hint = "Allowed selectors on this contract: " + string.Join(", ", allowed) + ".",
        };
    }

    private static PolicyDenial? Spenders(TransactionIntent intent, PolicyCandidate? policy, bool anyPolicy)
    {
        if (intent.Type != TransactionType.Approve || !anyPolicy)
        {
            return null;
        }

        if (policy?.Rules is ApprovedSpendersRules rules)
        {
            return rules.Spenders.Contains(intent.To, AddressFormat.Comparer) ? null : new PolicyDenial(policy.Id, PolicyType.ApprovedSpenders, $"The spender {intent.To} is not approved for this wallet.")
            {
                Hint = "Approve only listed spenders, or ask the operator to add it to the APPROVED_SPENDERS policy.",
            };
        }

        return new PolicyDenial(null, PolicyType.ApprovedSpenders, "Approvals are denied by default once a wallet has policies, and no APPROVED_SPENDERS policy applies.")
        {
            Hint = "Ask the operator to create an APPROVED_SPENDERS policy listing the spender.",
        };
    }

    private static PolicyDenial? ApproveAmount(TransactionIntent intent, PolicyCandidate? policy)
    {
        if (intent.Type != TransactionType.Approve)
        {
            return null;
        }

        var rules = policy?.Rules as ApproveAmountLimitRules;
        if (intent.IsUnlimitedApproval && (rules?.BlockUnlimited ?? true))
        {
            return new PolicyDenial(policy?.Id, PolicyType.ApproveAmountLimit, "Unlimited approvals are blocked.")
            {
                Hint = "Approve the exact amount needed, or ask the operator for an APPROVE_AMOUNT_LIMIT policy with block_unlimited false.",
            };
        }

        if (intent.Token is not null && rules is not null && rules.MaxAmount.TryGetValue(intent.Token, out var max) && intent.Amount > max)
        {
            return new PolicyDenial(policy!.Id, PolicyType.ApproveAmountLimit, $"The allowance {intent.Amount} exceeds the limit of {max} base units for {intent.Token}.")
            {
                Limit = max.ToString(CultureInfo.InvariantCulture),
                Hint = "Approve at most the limit.",
            };
        }

        return null;
    }
}
