using System.Collections.Immutable;

namespace WaiaaS.Core.Configuration;

/// <summary><c>[rpc]</c>: one JSON-RPC URL per built-in network plus custom networks.</summary>
/// <remarks>
/// Built-in URLs default to empty: the daemon contacts no RPC endpoint the operator did not configure.
/// <c>waiaas init</c> writes well-known public endpoints as commented suggestions.
/// </remarks>
public sealed record RpcSettings
{
    /// <summary>URLs by <c>[rpc]</c> key (e.g. <c>solana_devnet</c>); only keys that were set appear.</summary>
    public ImmutableDictionary<string, string> Urls { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Operator-defined networks by name.</summary>
    public ImmutableDictionary<string, CustomNetworkSettings> Custom { get; init; } =
        ImmutableDictionary<string, CustomNetworkSettings>.Empty;

    /// <summary>The URL configured for an <c>[rpc]</c> key, or null when none is.</summary>
    public string? UrlFor(string rpcKey) =>
        Urls.TryGetValue(rpcKey, out var url) && url.Length > 0 ? url : null;
}
