using System.Buffers;

namespace WaiaaS.Adapters.Solana.Codecs;

/// <summary>
/// Solana's compact-u16 ("short-vec") length prefix: 7 bits per byte, little-endian, high bit = more follows,
/// at most three bytes, values 0..65535. Decoding is strict (no redundant zero bytes, no overflow).
/// </summary>
public static class ShortVec
{
    /// <summary>The largest value a short-vec can hold.</summary>
    public const int MaxValue = ushort.MaxValue;

    /// <summary>Appends the encoding of <paramref name="value"/>.</summary>
    public static void Write(IBufferWriter<byte> writer, int value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxValue);
        var span = writer.GetSpan(3);
        var length = 0;
        var rest = value;
        while (true)
        {
            var element = rest & 0x7f;
            rest >>= 7;
            if (rest == 0)
            {
                span[length++] = (byte)element;
                break;
            }

            span[length++] = (byte)(element | 0x80);
        }

        writer.Advance(length);
    }

    /// <summary>The encoding of <paramref name="value"/> as a new array.</summary>
    public static byte[] Encode(int value)
    {
        var writer = new ArrayBufferWriter<byte>(3);
        Write(writer, value);
        return writer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a short-vec at <paramref name="offset"/> and advances it; false if truncated or non-canonical.</summary>
    public static bool TryRead(ReadOnlySpan<byte> data, ref int offset, out int value)
    {
        value = 0;
        var position = offset;
        for (var i = 0; i < 3; i++)
        {
            if (position >= data.Length)
            {
                return false;
            }

            var element = data[position++];
            if (i == 2 && element > 0x03)
            {
                return false; // more than 16 bits
            }

            if (i > 0 && element == 0)
            {
                return false; // a redundant trailing zero byte is not canonical
            }

            value |= (element & 0x7f) << (i * 7);
            if ((element & 0x80) == 0)
            {
                offset = position;
                return true;
            }
        }

        return false;
    }
}
