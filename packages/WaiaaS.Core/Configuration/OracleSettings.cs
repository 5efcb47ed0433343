using System.Collections.Immutable;
using WaiaaS.Core.Prices;

namespace WaiaaS.Core.Configuration;

/// <summary><c>[oracle]</c>: USD prices used by spending limits.</summary>
public sealed record OracleSettings
{
    /// <summary>Whether price sources are asked at all; when off, no request is made and every price is unknown.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Price sources in the order they are asked: pyth, coingecko, static.</summary>
    public ImmutableArray<string> Sources { get; init; } = ["pyth", "coingecko"];

    /// <summary>Base URL of the Pyth Hermes price service.</summary>
    public string PythUrl { get; init; } = "https://hermes.pyth.network";

    /// <summary>Optional Pyth API key (secret), sent as <c>Authorization: Bearer</c>.</summary>
    public string PythApiKey { get; init; } = "";

    /// <summary>Pyth price feed ids by asset symbol; replaces the built-in table when configured.</summary>
    public ImmutableDictionary<string, string> PythFeedIds { get; init; } = KnownPriceFeeds.PythFeedIds;

    /// <summary>Base URL of the CoinGecko API.</summary>
    public string CoingeckoUrl { get; init; } = "https://api.coingecko.com/api/v3";

    /// <summary>Optional CoinGecko API key (secret).</summary>
    public string CoingeckoApiKey { get; init; } = "";

    /// <summary>CoinGecko coin ids by asset symbol; replaces the built-in table when configured.</summary>
    public ImmutableDictionary<string, string> CoingeckoIds { get; init; } = KnownPriceFeeds.CoingeckoIds;

    /// <summary>Fixed USD prices by asset symbol, used by the <c>static</c> source.</summary>
    public ImmutableDictionary<string, double> StaticPrices { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>Seconds a fetched price stays valid.</summary>
    public int CacheTtlSeconds { get; init; } = 60;

    /// <summary>Seconds after which a source's price counts as stale (unknown).</summary>
    public int MaxPriceAgeSeconds { get; init; } = 300;

    /// <summary>Milliseconds one price request may take before the source counts as having no price.</summary>
    public int RequestTimeoutMs { get; init; } = 3000;
}
