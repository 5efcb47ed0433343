using System.Collections.Immutable;

namespace WaiaaS.Core.Policies.Rules;

/// <summary><c>ALLOWED_NETWORKS</c>: the network ids the wallet may use (<c>networks</c>, at least one entry).</summary>
public sealed record AllowedNetworksRules(ImmutableArray<string> Networks) : PolicyRules
{
    /// <inheritdoc />
    public override PolicyType Type => PolicyType.AllowedNetworks;
}
