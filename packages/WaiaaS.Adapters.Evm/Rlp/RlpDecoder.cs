namespace WaiaaS.Adapters.Evm.Rlp;

/// <summary>Strict RLP decoding: non-canonical encodings and trailing bytes are rejected with <see cref="FormatException"/>.</summary>
public static class RlpDecoder
{
    private const int MaxDepth = 64;

    /// <summary>Decodes exactly one item that spans all of <paramref name="encoded"/>.</summary>
    public static RlpItem Decode(ReadOnlySpan<byte> encoded)
    {
        var item = DecodeItem(encoded, 0, out var consumed);
        if (consumed != encoded.Length)
        {
            throw new FormatException($"RLP data has {encoded.Length - consumed} trailing bytes.");
        }

        return item;
    }

    private static RlpItem DecodeItem(ReadOnlySpan<byte> data, int depth, out int consumed)
    {
        if (data.IsEmpty)
        {
            throw new FormatException("RLP data ended early.");
        }

        if (depth > MaxDepth)
        {
            throw new FormatException("RLP nesting is too deep.");
        }

        var first = data[0];
        if (first < 0x80)
        {
            consumed = 1;
            return RlpItem.FromBytes(data[..1]);
        }

        var isList = first >= 0xc0;
        var shortBase = isList ? 0xc0 : 0x80;
        int headerLength;
        int payloadLength;
        if (first - shortBase <= 55)
        {
            headerLength = 1;
            payloadLength = first - shortBase;
        }
        else
        {
            var lengthOfLength = first - shortBase - 55;
            headerLength = 1 + lengthOfLength;
            payloadLength = ReadLength(data, lengthOfLength);
        }

        if (data.Length - headerLength < payloadLength)
        {
            throw new FormatException("RLP item is longer than the data.");
        }

        var payload = data.Slice(headerLength, payloadLength);
        consumed = headerLength + payloadLength;
        if (!isList)
        {
            if (payloadLength == 1 && payload[0] < 0x80)
            {
                throw new FormatException("Non-canonical RLP: a single byte below 0x80 must encode itself.");
            }

            return RlpItem.FromBytes(payload);
        }

        var items = new List<RlpItem>();
        while (!payload.IsEmpty)
        {
            items.Add(DecodeItem(payload, depth + 1, out var used));
            payload = payload[used..];
        }

        return RlpItem.List(items);
    }

    private static int ReadLength(ReadOnlySpan<byte> data, int lengthOfLength)
    {
        if (lengthOfLength > 4 || data.Length < 1 + lengthOfLength)
        {
            throw new FormatException("RLP length prefix is too long or truncated.");
        }

        if (data[1] == 0)
        {
            throw new FormatException("Non-canonical RLP: length with a leading zero.");
        }

        long length = 0;
        for (var i = 0; i < lengthOfLength; i++)
        {
            length = (length << 8) | data[1 + i];
        }

        if (length < 56 || length > int.MaxValue)
        {
            throw new FormatException("Non-canonical RLP: long form used for a short item, or item too large.");
        }

        return (int)length;
    }
}
