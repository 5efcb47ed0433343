using System.Collections.Immutable;

namespace WaiaaS.Core.Policies.Rules;

/// <summary><c>ALLOWED_TOKENS</c>: the token addresses (ERC-20 contracts, SPL mints) TOKEN_TRANSFER and APPROVE may use (<c>tokens</c>, at least one entry).</summary>
public sealed record AllowedTokensRules(ImmutableArray<string> Tokens) : PolicyRules
{
    /// <inheritdoc />
    public override PolicyType Type => PolicyType.AllowedTokens;
}
