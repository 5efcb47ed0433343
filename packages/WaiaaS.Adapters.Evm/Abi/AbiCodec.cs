using System.Numerics;
using System.Text;

namespace WaiaaS.Adapters.Evm.Abi;

/// <summary>The static ABI words ERC-20 needs, plus decoding of <c>uint256</c>, <c>string</c> and <c>bytes32</c> results.</summary>
public static class AbiCodec
{
    /// <summary>One ABI word.</summary>
    public const int WordLength = 32;

    private static readonly BigInteger MaxUint256 = (BigInteger.One << 256) - 1;

    /// <summary>Calldata: the 4-byte selector followed by the given 32-byte words.</summary>
    public static byte[] Call(ReadOnlySpan<byte> selector, params IReadOnlyList<byte[]> words)
    {
        var data = new byte[4 + (WordLength * words.Count)];
        selector[..4].CopyTo(data);
        for (var i = 0; i < words.Count; i++)
        {
            words[i].CopyTo(data, 4 + (i * WordLength));
        }

        return data;
    }

    /// <summary>An address as a left-padded word.</summary>
    public static byte[] AddressWord(string address, string role = "address")
    {
        var word = new byte[WordLength];
        EvmAddress.Parse(address, role).CopyTo(word, WordLength - EvmAddress.Length);
        return word;
    }

    /// <summary>A <c>uint256</c> word.</summary>
    public static byte[] UintWord(BigInteger value)
    {
        if (value.Sign < 0 || value > MaxUint256)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "A uint256 is between 0 and 2^256 - 1.");
        }

        var word = new byte[WordLength];
        var length = value.GetByteCount(isUnsigned: true);
        value.TryWriteBytes(word.AsSpan(WordLength - length), out _, isUnsigned: true, isBigEndian: true);
        return word;
    }

    /// <summary>Reads word <paramref name="index"/> of <paramref name="data"/> as a <c>uint256</c>.</summary>
    public static BigInteger ReadUint(ReadOnlySpan<byte> data, int index = 0)
    {
        var offset = index * WordLength;
        if (data.Length < offset + WordLength)
        {
            throw new FormatException($"ABI data has no word {index}.");
        }

        return new BigInteger(data.Slice(offset, WordLength), isUnsigned: true, isBigEndian: true);
    }

    /// <summary>Reads word <paramref name="index"/> as an address (the upper 12 bytes must be zero).</summary>
    public static string ReadAddress(ReadOnlySpan<byte> data, int index = 0)
    {
        var offset = index * WordLength;
        if (data.Length < offset + WordLength)
        {
            throw new FormatException($"ABI data has no word {index}.");
        }

        var word = data.Slice(offset, WordLength);
        if (word[..12].ContainsAnyExcept((byte)0))
        {
            throw new FormatException("An ABI address word has non-zero upper bytes.");
        }

        return EvmAddress.ToChecksum(word[12..]);
    }

    /// <summary>
    /// Decodes a returned <c>string</c> (offset, length, UTF-8 bytes). Older tokens return <c>bytes32</c> instead; a
    /// single 32-byte word is read that way, with trailing zero bytes removed.
    /// </summary>
    public static string ReadString(ReadOnlySpan<byte> data)
    {
        if (data.Length == WordLength)
        {
            var end = data.IndexOf((byte)0);
            return Encoding.UTF8.GetString(end < 0 ? data : data[..end]);
        }

        var offset = ReadUint(data);
        if (offset > data.Length - WordLength)
        {
            throw new FormatException("An ABI string offset points past the data.");
        }

        var start = (int)offset;
        var length = ReadUint(data[start..]);
        if (length > data.Length - start - WordLength)
        {
            throw new FormatException("An ABI string is longer than the data.");
        }

        return Encoding.UTF8.GetString(data.Slice(start + WordLength, (int)length));
    }
}
