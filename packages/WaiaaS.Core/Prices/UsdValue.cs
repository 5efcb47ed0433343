using System.Numerics;

namespace WaiaaS.Core.Prices;

/// <summary>Converts base-unit amounts to USD with integer and decimal arithmetic only (no floating point).</summary>
public static class UsdValue
{
    private const int MaxDecimalScale = 28;
    private static readonly BigInteger DecimalMantissaLimit = BigInteger.One << 96;

    /// <summary>
    /// <c>amount / 10^decimals × usdPrice</c>, exact where <see cref="decimal"/> can hold the result. Otherwise the
    /// last kept digit is rounded up, so a value is never understated; a value above <see cref="decimal.MaxValue"/>
    /// gives <see cref="decimal.MaxValue"/>, which exceeds every limit.
    /// </summary>
    /// <param name="amount">Amount in base units; not negative.</param>
    /// <param name="decimals">The asset's decimals, 0 to 255 (ERC-20 decimals are a uint8).</param>
    /// <param name="usdPrice">USD per whole unit; not negative.</param>
    /// <returns>The USD value.</returns>
    public static decimal FromBaseUnits(BigInteger amount, int decimals, decimal usdPrice)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 255);
        ArgumentOutOfRangeException.ThrowIfNegative(usdPrice);

        var (priceMantissa, priceScale) = Decompose(usdPrice);
        var numerator = amount * priceMantissa;
        if (numerator.IsZero)
        {
            return 0m;
        }

        // value = numerator / 10^exponent; keep as many decimal places as fit into decimal's 96-bit mantissa.
        var exponent = decimals + priceScale;
        var denominator = BigInteger.Pow(10, exponent);
        for (var scale = Math.Min(MaxDecimalScale, exponent); scale >= 0; scale--)
        {
            var scaled = numerator * BigInteger.Pow(10, scale);
            var quotient = BigInteger.DivRem(scaled, denominator, out var remainder);
            if (!remainder.IsZero)
            {
                quotient += 1;
            }

            if (quotient < DecimalMantissaLimit)
            {
                return Compose(quotient, scale);
            }
        }

        return decimal.MaxValue;
    }

    private static (BigInteger Mantissa, int Scale) Decompose(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return (mantissa, (bits[3] >> 16) & 0xFF);
    }

    private static decimal Compose(BigInteger mantissa, int scale)
    {
        // Trailing zeros carry no information; dropping them keeps printed values short (150.5, not 150.500…).
        while (scale > 0 && (mantissa % 10).IsZero)
        {
            mantissa /= 10;
            scale--;
        }

        var lo = (int)(uint)(mantissa & uint.MaxValue);
        var mid = (int)(uint)((mantissa >> 32) & uint.MaxValue);
        var hi = (int)(uint)(mantissa >> 64);
        return new decimal(lo, mid, hi, isNegative: false, (byte)scale);
    }
}
