using System.Collections.Immutable;

namespace WaiaaS.Core.Configuration;

/// <summary>Checks for the <c>[oracle]</c> tables; each returns an error message or null.</summary>
internal static class OracleValidators
{
    private const int MaxSymbolLength = 32;

    // A price that large is a typo, and it keeps the conversion to decimal (max ≈ 7.9e28) safe.
    private const double MaxStaticPrice = 1e15;

    public static string? PythFeedIds(ImmutableDictionary<string, string> map) =>
        Symbols(map) ?? map.Where(kv => !IsFeedId(kv.Value))
            .Select(kv => $"feed id of '{kv.Key}' must be 64 hex digits (optionally 0x-prefixed), got \"{kv.Value}\"")
            .FirstOrDefault();

    public static string? CoingeckoIds(ImmutableDictionary<string, string> map) =>
        Symbols(map) ?? map.Where(kv => !IsCoinId(kv.Value))
            .Select(kv => $"coin id of '{kv.Key}' must be a CoinGecko id such as \"solana\" or \"usd-coin\" (a-z, 0-9, '-', '_', '.'), got \"{kv.Value}\"")
            .FirstOrDefault();

    public static string? StaticPrices(ImmutableDictionary<string, double> map) =>
        Symbols(map) ?? map.Where(kv => kv.Value is <= 0 or > MaxStaticPrice)
            .Select(kv => $"price of '{kv.Key}' must be greater than 0 and at most 1e15 (a zero price would make every amount worth $0)")
            .FirstOrDefault();

    private static string? Symbols<T>(ImmutableDictionary<string, T> map) =>
        map.Keys.Where(symbol => symbol.Length is 0 or > MaxSymbolLength || symbol.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            .Select(symbol => $"symbol \"{symbol}\" must be 1 to {MaxSymbolLength} characters without spaces")
            .FirstOrDefault();

    private static bool IsFeedId(string value)
    {
        var hex = value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? value[2..] : value;
        return hex.Length == 64 && hex.All(char.IsAsciiHexDigit);
    }

    private static bool IsCoinId(string value) =>
        value.Length is > 0 and <= 100 && char.IsAsciiLetterOrDigit(value[0])
        && value.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c) || c is '-' or '_' or '.');
}
