using System.Numerics;

namespace WaiaaS.Core.Prices;

/// <summary>A USD price for one whole unit of an asset.</summary>
/// <param name="UsdPrice">USD per whole unit (1 SOL, 1 ETH, 1 USDC); always greater than zero.</param>
/// <param name="Source">The source that answered: <c>pyth</c>, <c>coingecko</c> or <c>static</c>.</param>
/// <param name="ObservedAt">When the source observed the price (Pyth publish time, CoinGecko last update, or the
/// moment a static price was read).</param>
public sealed record PriceQuote(decimal UsdPrice, string Source, DateTimeOffset ObservedAt)
{
    /// <summary>The USD value of <paramref name="amount"/> base units of an asset with <paramref name="decimals"/> decimals.</summary>
    /// <param name="amount">Amount in base units (lamports, wei, token units); not negative.</param>
    /// <param name="decimals">The asset's decimals (0 to 255).</param>
    /// <returns>See <see cref="UsdValue.FromBaseUnits"/>.</returns>
    public decimal ValueOf(BigInteger amount, int decimals) => UsdValue.FromBaseUnits(amount, decimals, UsdPrice);
}
