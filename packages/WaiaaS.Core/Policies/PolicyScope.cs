namespace WaiaaS.Core.Policies;

/// <summary>
/// Picks the one effective policy per type (SPEC §8): of the enabled policies that cover the wallet and network, the
/// most specific scope wins (wallet+network &gt; wallet &gt; global+network &gt; global); within one scope the highest
/// priority, then the oldest id (UUIDv7 order), so the choice never depends on load order.
/// </summary>
public static class PolicyScope
{
    /// <summary>The effective policy of each type for <paramref name="walletId"/> on <paramref name="network"/>.</summary>
    public static IReadOnlyDictionary<PolicyType, PolicyCandidate> Effective(IEnumerable<PolicyCandidate> candidates, string walletId, string network)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .Where(p => p.Enabled && (p.WalletId is null || p.WalletId == walletId) && (p.Network is null || p.Network == network))
            .GroupBy(p => p.Type)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(Specificity).ThenByDescending(p => p.Priority).ThenBy(p => p.Id, StringComparer.Ordinal).First());
    }

    /// <summary>3 for wallet+network, 2 for wallet, 1 for global+network, 0 for global.</summary>
    public static int Specificity(PolicyCandidate policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return (policy.WalletId is null ? 0 : 2) + (policy.Network is null ? 0 : 1);
    }
}
