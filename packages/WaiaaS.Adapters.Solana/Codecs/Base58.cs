namespace WaiaaS.Adapters.Solana.Codecs;

/// <summary>Base58 with the Bitcoin alphabet, as Solana uses for addresses, signatures and blockhashes.</summary>
public static class Base58
{
    /// <summary>The 58 digits in order of value.</summary>
    public const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private static readonly sbyte[] DigitValues = BuildDigitValues();

    /// <summary>Encodes <paramref name="data"/>; each leading zero byte becomes a leading <c>1</c>.</summary>
    public static string Encode(ReadOnlySpan<byte> data)
    {
        var zeros = 0;
        while (zeros < data.Length && data[zeros] == 0)
        {
            zeros++;
        }

        // log(256) / log(58) < 1.37: enough base-58 digits for the rest.
        var digits = new byte[((data.Length - zeros) * 137 / 100) + 1];
        var used = 0;
        for (var i = zeros; i < data.Length; i++)
        {
            var carry = (int)data[i];
            for (var j = 0; j < used; j++)
            {
                carry += digits[j] << 8;
                digits[j] = (byte)(carry % 58);
                carry /= 58;
            }

            while (carry > 0)
            {
                digits[used++] = (byte)(carry % 58);
                carry /= 58;
            }
        }

        var text = new char[zeros + used];
        text.AsSpan(0, zeros).Fill('1');
        for (var k = 0; k < used; k++)
        {
            text[zeros + k] = Alphabet[digits[used - 1 - k]];
        }

        return new string(text);
    }

    /// <summary>Decodes base58 text.</summary>
    /// <exception cref="FormatException">A character outside the alphabet.</exception>
    public static byte[] Decode(string text) =>
        TryDecode(text, out var bytes) ? bytes : throw new FormatException("The text is not valid base58.");

    /// <summary>Decodes base58 text, returning false for null or any character outside the alphabet.</summary>
    public static bool TryDecode(string? text, out byte[] bytes)
    {
        bytes = [];
        if (text is null)
        {
            return false;
        }

        var ones = 0;
        while (ones < text.Length && text[ones] == '1')
        {
            ones++;
        }

        // log(58) / log(256) < 0.733: enough bytes for the rest.
        var value = new byte[((text.Length - ones) * 733 / 1000) + 1];
        var used = 0;
        for (var i = ones; i < text.Length; i++)
        {
            var c = text[i];
            var digit = c < DigitValues.Length ? DigitValues[c] : (sbyte)-1;
            if (digit < 0)
            {
                return false;
            }

            var carry = (int)digit;
            for (var j = 0; j < used; j++)
            {
                carry += value[j] * 58;
                value[j] = (byte)carry;
                carry >>= 8;
            }

            while (carry > 0)
            {
                value[used++] = (byte)carry;
                carry >>= 8;
            }
        }

        bytes = new byte[ones + used];
        for (var k = 0; k < used; k++)
        {
            bytes[ones + k] = value[used - 1 - k];
        }

        return true;
    }

    private static sbyte[] BuildDigitValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (sbyte)i;
        }

        return values;
    }
}
