using WaiaaS.Core.Policies.Rules;

namespace WaiaaS.Core.Policies;

/// <summary>
/// A stored policy handed to <see cref="PolicyEngine"/>: its scope (<see cref="WalletId"/> null = every wallet,
/// <see cref="Network"/> null = every network), validated rules, priority (higher wins within one scope) and switch.
/// </summary>
public sealed record PolicyCandidate(string Id, string? WalletId, string? Network, PolicyRules Rules, int Priority = 0, bool Enabled = true)
{
    /// <summary>The policy type (from the rules).</summary>
    public PolicyType Type => Rules.Type;
}
