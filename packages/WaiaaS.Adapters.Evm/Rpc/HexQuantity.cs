using System.Globalization;
using System.Numerics;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm.Rpc;

/// <summary>JSON-RPC hex encodings: quantities (<c>0x0</c>, <c>0x1a</c>, no leading zeros) and data (<c>0x</c> + even hex).</summary>
public static class HexQuantity
{
    /// <summary>Formats a non-negative integer as a quantity.</summary>
    public static string Format(BigInteger value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return value.IsZero ? "0x0" : "0x" + Convert.ToHexStringLower(value.ToByteArray(isUnsigned: true, isBigEndian: true)).TrimStart('0');
    }

    /// <summary>Formats bytes as data.</summary>
    public static string FormatData(ReadOnlySpan<byte> data) => "0x" + Convert.ToHexStringLower(data);

    /// <summary>Parses a quantity from an RPC answer; malformed input is an <see cref="ChainErrorCodes.RpcInvalidResponse"/> failure.</summary>
    public static BigInteger Parse(string? hex)
    {
        if (hex is null || hex.Length < 3 || !hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            || !BigInteger.TryParse("0" + hex[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw Invalid($"\"{Truncate(hex)}\" is not a hex quantity.");
        }

        return value;
    }

    /// <summary>Parses a quantity that must fit in 64 bits.</summary>
    public static ulong ParseUInt64(string? hex)
    {
        var value = Parse(hex);
        return value <= ulong.MaxValue ? (ulong)value : throw Invalid("A quantity does not fit in 64 bits.");
    }

    /// <summary>Parses data (<c>0x</c> + an even number of hex digits).</summary>
    public static byte[] ParseData(string? hex)
    {
        if (hex is null || !hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || hex.Length % 2 != 0)
        {
            throw Invalid($"\"{Truncate(hex)}\" is not hex data.");
        }

        try
        {
            return Convert.FromHexString(hex.AsSpan(2));
        }
        catch (FormatException e)
        {
            throw Invalid($"\"{Truncate(hex)}\" is not hex data.", e);
        }
    }

    private static ChainException Invalid(string message, Exception? inner = null) =>
        new(ChainErrorKind.Transient, ChainErrorCodes.RpcInvalidResponse, "The RPC endpoint answered malformed data: " + message, inner);

    private static string Truncate(string? value) => value is null ? "null" : value.Length <= 40 ? value : value[..40] + "...";
}
