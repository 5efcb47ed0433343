using System.Collections.Immutable;

namespace WaiaaS.Core.Prices;

/// <summary>
/// Built-in symbol → feed maps, the defaults of <c>oracle.pyth_feed_ids</c> and <c>oracle.coingecko_ids</c>. Pyth ids
/// are the mainnet "Crypto.X/USD" price feed ids (https://docs.pyth.network/price-feeds/price-feeds); CoinGecko ids
/// are the coin ids of <c>/coins/list</c>.
/// </summary>
public static class KnownPriceFeeds
{
    /// <summary>Pyth price feed ids (USD quotes) by symbol.</summary>
    public static ImmutableDictionary<string, string> PythFeedIds { get; } = ImmutableDictionary.CreateRange(StringComparer.Ordinal,
    [
        new KeyValuePair<string, string>("SOL", "0xef0d8b6fda2ceba41da15d4095d1da392a0d2f8ed0c6c7bc0f4cfac8c280b56d"),
        new KeyValuePair<string, string>("ETH", "0xff61491a931112ddf1bd8147cd1b641375f79f5825126d665480874634fd0ace"),
        new KeyValuePair<string, string>("USDC", "0xeaa020c61cc479712813461ce153894a96a6c00b21ed0cfc2798d1f9a9e9c94a"),
        new KeyValuePair<string, string>("USDT", "0x2b89b9dc8fdf9f34709a5b106b472f0f39bb6ca9ce04b0fd7f2e971688e2e53b"),
    ]);

    /// <summary>CoinGecko coin ids by symbol.</summary>
    public static ImmutableDictionary<string, string> CoingeckoIds { get; } = ImmutableDictionary.CreateRange(StringComparer.Ordinal,
    [
        new KeyValuePair<string, string>("SOL", "solana"),
        new KeyValuePair<string, string>("ETH", "ethereum"),
        new KeyValuePair<string, string>("USDC", "usd-coin"),
        new KeyValuePair<string, string>("USDT", "tether"),
    ]);
}
