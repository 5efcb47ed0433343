using WaiaaS.Core.Chains;

namespace WaiaaS.Core.Prices;

/// <summary>
/// An asset to price. Prices are looked up by <see cref="Symbol"/> alone (the same USD price on every network, testnets
/// included, which errs towards stricter limits there). The symbol must come from a source the operator trusts (the
/// chain's native currency, or a token list the daemon keeps), never from on-chain token metadata: any contract can
/// call itself "USDC". A token without a known symbol is unknown.
/// </summary>
/// <param name="Chain">The chain family.</param>
/// <param name="Network">The network id, e.g. <c>solana-mainnet</c>.</param>
/// <param name="Symbol">The asset's symbol (<c>SOL</c>, <c>ETH</c>, <c>USDC</c>), matched exactly; null when unknown.</param>
/// <param name="TokenAddress">The token (ERC-20 contract or SPL mint); null for the native currency.</param>
public sealed record PriceAsset(ChainType Chain, string Network, string? Symbol, string? TokenAddress)
{
    /// <summary>Whether this is the network's native currency.</summary>
    public bool IsNative => TokenAddress is null;

    /// <summary>The native currency of <paramref name="network"/>, with its symbol when the network is built in.</summary>
    /// <param name="chain">The chain family.</param>
    /// <param name="network">The network id.</param>
    /// <returns>The asset; its symbol is null for custom networks, whose currency the daemon cannot know.</returns>
    public static PriceAsset Native(ChainType chain, string network) => new(chain, network, NativeSymbolOf(network), null);

    /// <summary>The native currency symbol of a built-in network (<c>SOL</c>, <c>ETH</c>, <c>POL</c>), or null.</summary>
    /// <param name="network">The network id.</param>
    /// <returns>The symbol, or null for networks that are not built in.</returns>
    public static string? NativeSymbolOf(string network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (KnownNetworks.Find(network) is not { } known)
        {
            return null;
        }

        if (known.Chain == ChainType.Solana)
        {
            return "SOL";
        }

        // Ethereum and its rollups pay gas in ETH; Polygon's native currency is POL (formerly MATIC).
        return network.StartsWith("polygon-", StringComparison.Ordinal) ? "POL" : "ETH";
    }
}
