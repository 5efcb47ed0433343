using System.Numerics;

namespace WaiaaS.Adapters.Evm.Abi;

/// <summary>ERC-20 calldata (selectors are the first 4 bytes of Keccak-256 of the function signature).</summary>
public static class Erc20
{
    /// <summary><c>transfer(address,uint256)</c>.</summary>
    public static ReadOnlySpan<byte> TransferSelector => [0xa9, 0x05, 0x9c, 0xbb];

    /// <summary><c>approve(address,uint256)</c>.</summary>
    public static ReadOnlySpan<byte> ApproveSelector => [0x09, 0x5e, 0xa7, 0xb3];

    /// <summary><c>transferFrom(address,address,uint256)</c>.</summary>
    public static ReadOnlySpan<byte> TransferFromSelector => [0x23, 0xb8, 0x72, 0xdd];

    /// <summary><c>balanceOf(address)</c>.</summary>
    public static ReadOnlySpan<byte> BalanceOfSelector => [0x70, 0xa0, 0x82, 0x31];

    /// <summary><c>allowance(address,address)</c>.</summary>
    public static ReadOnlySpan<byte> AllowanceSelector => [0xdd, 0x62, 0xed, 0x3e];

    /// <summary><c>decimals()</c>.</summary>
    public static ReadOnlySpan<byte> DecimalsSelector => [0x31, 0x3c, 0xe5, 0x67];

    /// <summary><c>symbol()</c>.</summary>
    public static ReadOnlySpan<byte> SymbolSelector => [0x95, 0xd8, 0x9b, 0x41];

    /// <summary>Calldata of <c>transfer(to, amount)</c>.</summary>
    public static byte[] EncodeTransfer(string to, BigInteger amount) =>
        AbiCodec.Call(TransferSelector, AbiCodec.AddressWord(to, "recipient"), AbiCodec.UintWord(amount));

    /// <summary>Calldata of <c>approve(spender, amount)</c>.</summary>
    public static byte[] EncodeApprove(string spender, BigInteger amount) =>
        AbiCodec.Call(ApproveSelector, AbiCodec.AddressWord(spender, "spender"), AbiCodec.UintWord(amount));

    /// <summary>Calldata of <c>balanceOf(owner)</c>.</summary>
    public static byte[] EncodeBalanceOf(string owner) => AbiCodec.Call(BalanceOfSelector, AbiCodec.AddressWord(owner, "owner"));

    /// <summary>Calldata of <c>allowance(owner, spender)</c>.</summary>
    public static byte[] EncodeAllowance(string owner, string spender) =>
        AbiCodec.Call(AllowanceSelector, AbiCodec.AddressWord(owner, "owner"), AbiCodec.AddressWord(spender, "spender"));

    /// <summary>Calldata of <c>decimals()</c>.</summary>
    public static byte[] EncodeDecimals() => AbiCodec.Call(DecimalsSelector);

    /// <summary>Calldata of <c>symbol()</c>.</summary>
    public static byte[] EncodeSymbol() => AbiCodec.Call(SymbolSelector);

    /// <summary>Decodes a <c>uint256</c> result (balanceOf, allowance).</summary>
    public static BigInteger DecodeUint(ReadOnlySpan<byte> result) => AbiCodec.ReadUint(result);

    /// <summary>Decodes a <c>decimals()</c> result (a <c>uint8</c>).</summary>
    public static int DecodeDecimals(ReadOnlySpan<byte> result)
    {
        var value = AbiCodec.ReadUint(result);
        return value <= byte.MaxValue ? (int)value : throw new FormatException("decimals() returned more than 255.");
    }

    /// <summary>Decodes a <c>symbol()</c> result (<c>string</c>, or <c>bytes32</c> for older tokens).</summary>
    public static string DecodeSymbol(ReadOnlySpan<byte> result) => AbiCodec.ReadString(result);

    /// <summary>Recognises transfer / approve / transferFrom calldata; null for anything else or malformed arguments.</summary>
    public static Erc20Call? TryDecodeCall(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4)
        {
            return null;
        }

        var selector = data[..4];
        var arguments = data[4..];
        try
        {
            if (selector.SequenceEqual(TransferSelector) && arguments.Length == 64)
            {
                return new Erc20Call(Erc20CallKind.Transfer, null, AbiCodec.ReadAddress(arguments, 0), AbiCodec.ReadUint(arguments, 1));
            }

            if (selector.SequenceEqual(ApproveSelector) && arguments.Length == 64)
            {
                return new Erc20Call(Erc20CallKind.Approve, null, AbiCodec.ReadAddress(arguments, 0), AbiCodec.ReadUint(arguments, 1));
            }

            if (selector.SequenceEqual(TransferFromSelector) && arguments.Length == 96)
            {
                return new Erc20Call(Erc20CallKind.TransferFrom, AbiCodec.ReadAddress(arguments, 0), AbiCodec.ReadAddress(arguments, 1), AbiCodec.ReadUint(arguments, 2));
            }
        }
        catch (FormatException)
        {
            return null;
        }

        return null;
    }
}
