namespace WaiaaS.Core.Policies.Rules;

/// <summary>The validated rules of one policy; one sealed record per <see cref="PolicyType"/>. Built by <see cref="PolicyRulesParser"/>.</summary>
public abstract record PolicyRules
{
    /// <summary>The policy type these rules belong to.</summary>
    public abstract PolicyType Type { get; }
}
