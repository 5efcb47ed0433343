using System.Numerics;

namespace WaiaaS.Adapters.Evm.Rlp;

/// <summary>Recursive Length Prefix encoding (Ethereum yellow paper, appendix B).</summary>
public static class RlpEncoder
{
    /// <summary>Encodes a byte string.</summary>
    public static byte[] EncodeBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 1 && bytes[0] < 0x80)
        {
            return [bytes[0]];
        }

        var prefix = Prefix(bytes.Length, 0x80);
        var result = new byte[prefix.Length + bytes.Length];
        prefix.CopyTo(result, 0);
        bytes.CopyTo(result.AsSpan(prefix.Length));
        return result;
    }

    /// <summary>Encodes an unsigned integer as its minimal big-endian bytes (zero is the empty string).</summary>
    public static byte[] EncodeInteger(BigInteger value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return EncodeBytes(value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true));
    }

    /// <summary>Encodes a list from its already encoded items.</summary>
    public static byte[] EncodeList(params IReadOnlyList<byte[]> encodedItems)
    {
        var payloadLength = 0;
        foreach (var item in encodedItems)
        {
            payloadLength += item.Length;
        }

        var prefix = Prefix(payloadLength, 0xc0);
        var result = new byte[prefix.Length + payloadLength];
        prefix.CopyTo(result, 0);
        var offset = prefix.Length;
        foreach (var item in encodedItems)
        {
            item.CopyTo(result, offset);
            offset += item.Length;
        }

        return result;
    }

    /// <summary>Encodes a decoded item (round trip of <see cref="RlpDecoder.Decode"/>).</summary>
    public static byte[] Encode(RlpItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!item.IsList)
        {
            return EncodeBytes(item.Bytes);
        }

        var encoded = new byte[item.Items.Count][];
        for (var i = 0; i < encoded.Length; i++)
        {
            encoded[i] = Encode(item.Items[i]);
        }

        return EncodeList(encoded);
    }

    private static byte[] Prefix(int length, byte offset)
    {
        if (length < 56)
        {
            return [(byte)(offset + length)];
        }

        var lengthBytes = new BigInteger(length).ToByteArray(isUnsigned: true, isBigEndian: true);
        var prefix = new byte[1 + lengthBytes.Length];
        prefix[0] = (byte)(offset + 55 + lengthBytes.Length);
        lengthBytes.CopyTo(prefix, 1);
        return prefix;
    }
}
