using System.Collections.Immutable;

namespace WaiaaS.Core.Configuration;

/// <summary><c>[oracle]</c>: USD prices used by spending limits.</summary>
public sealed record OracleSettings
{
    /// <summary>Whether price sources are asked at all; when off, USD rules see an unknown price.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Price sources in the order they are asked: pyth, coingecko, static.</summary>
    public ImmutableArray<string> Sources { get; init; } = ["pyth", "coingecko"];

    /// <summary>Base URL of the Pyth Hermes price service.</summary>
    public string PythUrl { get; init; } = "https://hermes.pyth.network";

    /// <summary>Base URL of the CoinGecko API.</summary>
    public string CoingeckoUrl { get; init; } = "https://api.coingecko.com/api/v3";

    /// <summary>Optional CoinGecko API key (secret).</summary>
    public string CoingeckoApiKey { get; init; } = "";

    /// <summary>Seconds a fetched price stays valid.</summary>
    public int CacheTtlSeconds { get; init; } = 60;

    /// <summary>Fixed USD prices by asset symbol, used by the <c>static</c> source.</summary>
    public ImmutableDictionary<string, double> StaticPrices { get; init; } = ImmutableDictionary<string, double>.Empty;
}
