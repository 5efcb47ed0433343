using System.Collections.Immutable;

namespace WaiaaS.Core.Policies.Rules;

/// <summary>
/// <c>METHOD_WHITELIST</c>: for each listed contract (Solana: program id), the 4-byte selectors it may be called with
/// (<c>methods</c>). Contracts it does not list are left to <c>CONTRACT_WHITELIST</c>.
/// </summary>
public sealed record MethodWhitelistRules(ImmutableArray<MethodWhitelistEntry> Methods) : PolicyRules
{
    /// <inheritdoc />
    public override PolicyType Type => PolicyType.MethodWhitelist;
}
