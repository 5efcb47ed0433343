using System.Collections.Immutable;

namespace WaiaaS.Core.Policies.Rules;

/// <summary><c>CONTRACT_WHITELIST</c>: the contracts (Solana: program ids) CONTRACT_CALL may call (<c>contracts</c>, at least one entry).</summary>
public sealed record ContractWhitelistRules(ImmutableArray<string> Contracts) : PolicyRules
{
    /// <inheritdoc />
    public override PolicyType Type => PolicyType.ContractWhitelist;
}
