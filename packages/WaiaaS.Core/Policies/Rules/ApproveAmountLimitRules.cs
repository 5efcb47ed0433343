using System.Collections.Immutable;
using System.Numerics;

namespace WaiaaS.Core.Policies.Rules;

/// <summary>
/// <c>APPROVE_AMOUNT_LIMIT</c>: the largest allowance per token (<c>max_amount</c>, base units keyed by token address)
/// and whether unlimited approvals are blocked (<c>block_unlimited</c>, default true).
/// </summary>
public sealed record ApproveAmountLimitRules : PolicyRules
{
    /// <inheritdoc />
    public override PolicyType Type => PolicyType.ApproveAmountLimit;

    /// <summary>Largest allowance per token address; tokens not listed have no amount cap.</summary>
    public ImmutableDictionary<string, BigInteger> MaxAmount { get; init; } = ImmutableDictionary<string, BigInteger>.Empty;

    /// <summary>Whether an approval of the maximum allowance is denied.</summary>
    public bool BlockUnlimited { get; init; } = true;
}
