using System.Collections.Immutable;

namespace WaiaaS.Core.Policies.Rules;

/// <summary><c>APPROVED_SPENDERS</c>: the spender addresses APPROVE may grant an allowance to (<c>spenders</c>, at least one entry).</summary>
public sealed record ApprovedSpendersRules(ImmutableArray<string> Spenders) : PolicyRules
{
    /// <inheritdoc />
    public override PolicyType Type => PolicyType.ApprovedSpenders;
}
