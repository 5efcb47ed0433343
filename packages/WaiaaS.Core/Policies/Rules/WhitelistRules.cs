using System.Collections.Immutable;

namespace WaiaaS.Core.Policies.Rules;

/// <summary><c>WHITELIST</c>: the recipient addresses TRANSFER and TOKEN_TRANSFER may send to (<c>allowed_addresses</c>, at least one entry).</summary>
public sealed record WhitelistRules(ImmutableArray<string> AllowedAddresses) : PolicyRules
{
    /// <inheritdoc />
    public override PolicyType Type => PolicyType.Whitelist;
}
