using System.Numerics;

namespace WaiaaS.Adapters.Evm.Rlp;

/// <summary>A decoded RLP item: either a byte string or a list of items.</summary>
public sealed class RlpItem
{
    private readonly byte[] _bytes;
    private readonly IReadOnlyList<RlpItem> _items;

    private RlpItem(byte[] bytes, IReadOnlyList<RlpItem> items, bool isList)
    {
        _bytes = bytes;
        _items = items;
        IsList = isList;
    }

    /// <summary>Whether this is a list (otherwise a byte string).</summary>
    public bool IsList { get; }

    /// <summary>The bytes of a string item.</summary>
    /// <exception cref="FormatException">The item is a list.</exception>
    public ReadOnlySpan<byte> Bytes => IsList ? throw new FormatException("Expected an RLP string, found a list.") : _bytes;

    /// <summary>The items of a list item.</summary>
    /// <exception cref="FormatException">The item is a string.</exception>
    public IReadOnlyList<RlpItem> Items => IsList ? _items : throw new FormatException("Expected an RLP list, found a string.");

    /// <summary>A string item.</summary>
    public static RlpItem FromBytes(ReadOnlySpan<byte> bytes) => new(bytes.ToArray(), [], isList: false);

    /// <summary>A list item.</summary>
    public static RlpItem List(IReadOnlyList<RlpItem> items) => new([], items, isList: true);

    /// <summary>The string as an unsigned big-endian integer; leading zeros are rejected (non-canonical).</summary>
    public BigInteger AsBigInteger()
    {
        var bytes = Bytes;
        if (bytes.Length > 0 && bytes[0] == 0)
        {
            throw new FormatException("An RLP integer has a leading zero byte.");
        }

        return bytes.IsEmpty ? BigInteger.Zero : new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>The string as a 64-bit unsigned integer.</summary>
    public ulong AsUInt64()
    {
        var value = AsBigInteger();
        return value <= ulong.MaxValue ? (ulong)value : throw new FormatException("An RLP integer does not fit in 64 bits.");
    }
}
