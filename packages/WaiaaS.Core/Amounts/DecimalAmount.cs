using System.Globalization;
using System.Numerics;

namespace WaiaaS.Core.Amounts;

/// <summary>
/// Conversions between human decimal strings (<c>"1.5"</c>) and integer base units (<c>1500000000</c> with 9 decimals),
/// exact and culture-independent. No floating point touches an amount.
/// </summary>
public static class DecimalAmount
{
    private const int MaxDigits = 78;

    /// <summary>Whether <paramref name="text"/> is digits with at most one dot and at least one digit (<c>"0.5"</c>, <c>"12"</c>, <c>"3."</c> is not).</summary>
    public static bool IsWellFormed(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxDigits + 1)
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return text.All(char.IsAsciiDigit);
        }

        return dot > 0 && dot < text.Length - 1
            && text.AsSpan(0, dot).IndexOfAnyExceptInRange('0', '9') < 0
            && text.AsSpan(dot + 1).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>
    /// The base units of a decimal string, or null when it is malformed or has more fractional digits than
    /// <paramref name="decimals"/> (a sub-unit amount is refused rather than rounded).
    /// </summary>
    public static BigInteger? ToBaseUnits(string text, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        if (!IsWellFormed(text))
        {
            return null;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? string.Empty : text[(dot + 1)..].TrimEnd('0');
        if (fraction.Length > decimals)
        {
            return null;
        }

        var digits = whole + fraction.PadRight(decimals, '0');
        return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>Base units as a decimal string without trailing zeros (<c>1500000000</c>, 9 → <c>"1.5"</c>).</summary>
    public static string Format(BigInteger baseUnits, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        var negative = baseUnits.Sign < 0;
        var digits = BigInteger.Abs(baseUnits).ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var whole = digits[..^decimals];
        var fraction = decimals == 0 ? string.Empty : digits[^decimals..].TrimEnd('0');
        var text = fraction.Length == 0 ? whole : $"{whole}.{fraction}";
        return negative ? "-" + text : text;
    }
}
