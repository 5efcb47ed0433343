using System.Globalization;
using System.Numerics;
using WaiaaS.Core.Prices;

namespace WaiaaS.Core.Tests.Prices;

public sealed class UsdValueTests
{
    [Theory]
    [InlineData("1500000000", 9, "150.25", "225.375")] // 1.5 SOL at $150.25
    [InlineData("1000000000000000000", 18, "3000.5", "3000.5")] // 1 ETH
    [InlineData("1", 18, "3000", "0.000000000000003")] // 1 wei
    [InlineData("2500000", 6, "0.9998", "2.4995")] // 2.5 USDC
    [InlineData("0", 9, "150", "0")]
    [InlineData("123", 0, "2", "246")]
    [InlineData("5", 2, "0.1", "0.005")]
    public void FromBaseUnits_ComputesExactly(string amount, int decimals, string price, string expected)
    {
        var value = UsdValue.FromBaseUnits(BigInteger.Parse(amount, CultureInfo.InvariantCulture), decimals, Dec(price));

        Assert.Equal(Dec(expected), value);
        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void FromBaseUnits_WhenDigitsExceedDecimal_RoundsLastDigitUp()
    {
        // 1 base unit of a 30-decimal token at $1 is 1e-30, below decimal's smallest step (1e-28): rounded up, never 0.
        Assert.Equal(0.0000000000000000000000000001m, UsdValue.FromBaseUnits(1, 30, 1m));

        // 8e27 + 0.01 needs 30 significant digits (decimal holds 28-29): the fraction goes and the last digit rounds up.
        var amount = BigInteger.Parse("800000000000000000000000000001", CultureInfo.InvariantCulture);
        Assert.Equal(8000000000000000000000000001m, UsdValue.FromBaseUnits(amount, 2, 1m));
    }

    [Fact]
    public void FromBaseUnits_WhenAmountIsHuge_KeepsIntegerDigitsAndSaturatesBeyondDecimal()
    {
        // uint256 max wei at $1: about 1.16e59 USD, far beyond decimal.MaxValue (≈ 7.9e28): saturates.
        var uint256Max = (BigInteger.One << 256) - 1;
        Assert.Equal(decimal.MaxValue, UsdValue.FromBaseUnits(uint256Max, 18, 1m));

        // 1e28 base units with 0 decimals at $0.5 fits exactly.
        Assert.Equal(5000000000000000000000000000m, UsdValue.FromBaseUnits(BigInteger.Pow(10, 28), 0, 0.5m));
    }

    [Fact]
    public void FromBaseUnits_AgreesWithDecimalArithmetic_WhereDecimalIsExact()
    {
        var amounts = new BigInteger[] { 1, 7, 999_999, 1_234_567_890_123, 10_000_000_000_000_000 };
        var prices = new[] { 0.01m, 1m, 150.25m, 3123.456789m, 65000m };
        foreach (var amount in amounts)
        {
            foreach (var price in prices)
            {
                foreach (var decimals in new[] { 0, 6, 9 })
                {
                    var expected = (decimal)amount * price / Pow10(decimals);
                    Assert.Equal(expected, UsdValue.FromBaseUnits(amount, decimals, price));
                }
            }
        }
    }

    [Fact]
    public void FromBaseUnits_RejectsNegativeInputs()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UsdValue.FromBaseUnits(-1, 9, 1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => UsdValue.FromBaseUnits(1, -1, 1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => UsdValue.FromBaseUnits(1, 256, 1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => UsdValue.FromBaseUnits(1, 9, -0.01m));
    }

    [Fact]
    public void PriceQuote_ValueOf_UsesItsPrice()
    {
        var quote = new PriceQuote(2000m, "static", DateTimeOffset.UnixEpoch);

        Assert.Equal(3000m, quote.ValueOf(1_500_000_000_000_000_000, 18));
    }

    private static decimal Dec(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
