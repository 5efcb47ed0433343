using System.Buffers.Binary;
using WaiaaS.Adapters.Solana.Transactions;

namespace WaiaaS.Adapters.Solana.Programs;

/// <summary>
/// SPL Token / Token-2022 instructions (both programs share these layouts: a one-byte tag, then the fields
/// little-endian). The <c>tokenProgram</c> argument selects the program.
/// </summary>
public static class TokenProgram
{
    /// <summary>Tag of <c>MintTo</c>.</summary>
    public const byte MintToTag = 7;

    /// <summary>Tag of <c>TransferChecked</c>.</summary>
    public const byte TransferCheckedTag = 12;

    /// <summary>Tag of <c>ApproveChecked</c>.</summary>
    public const byte ApproveCheckedTag = 13;

    /// <summary>Tag of <c>InitializeMint2</c>.</summary>
    public const byte InitializeMint2Tag = 20;

    /// <summary>Size of a mint account without extensions.</summary>
    public const int MintSize = 82;

    /// <summary>Size of a token account without extensions.</summary>
    public const int AccountSize = 165;

    /// <summary>Moves <paramref name="amount"/> from <paramref name="source"/> to <paramref name="destination"/>, checking mint and decimals.</summary>
    public static SolanaInstruction TransferChecked(
        SolanaAddress source, SolanaAddress mint, SolanaAddress destination, SolanaAddress owner, ulong amount, byte decimals, SolanaAddress tokenProgram) =>
        new(
            RequireTokenProgram(tokenProgram),
            [AccountMeta.Writable(source), AccountMeta.ReadOnly(mint), AccountMeta.Writable(destination), AccountMeta.ReadOnly(owner, isSigner: true)],
            AmountAndDecimals(TransferCheckedTag, amount, decimals));

    /// <summary>Lets <paramref name="delegate"/> move up to <paramref name="amount"/> out of <paramref name="source"/>.</summary>
    public static SolanaInstruction ApproveChecked(
        SolanaAddress source, SolanaAddress mint, SolanaAddress @delegate, SolanaAddress owner, ulong amount, byte decimals, SolanaAddress tokenProgram) =>
        new(
            RequireTokenProgram(tokenProgram),
            [AccountMeta.Writable(source), AccountMeta.ReadOnly(mint), AccountMeta.ReadOnly(@delegate), AccountMeta.ReadOnly(owner, isSigner: true)],
            AmountAndDecimals(ApproveCheckedTag, amount, decimals));

    /// <summary>Initializes an already-allocated mint account (no rent sysvar needed).</summary>
    public static SolanaInstruction InitializeMint2(
        SolanaAddress mint, byte decimals, SolanaAddress mintAuthority, SolanaAddress? freezeAuthority, SolanaAddress tokenProgram)
    {
        var data = new byte[freezeAuthority is null ? 35 : 67];
        data[0] = InitializeMint2Tag;
        data[1] = decimals;
        mintAuthority.Bytes.CopyTo(data.AsSpan(2));
        if (freezeAuthority is { } freeze)
        {
            data[34] = 1;
            freeze.Bytes.CopyTo(data.AsSpan(35));
        }

        return new SolanaInstruction(RequireTokenProgram(tokenProgram), [AccountMeta.Writable(mint)], data);
    }

    /// <summary>Mints <paramref name="amount"/> to <paramref name="destination"/>; <paramref name="authority"/> signs.</summary>
    public static SolanaInstruction MintTo(SolanaAddress mint, SolanaAddress destination, SolanaAddress authority, ulong amount, SolanaAddress tokenProgram)
    {
        var data = new byte[9];
        data[0] = MintToTag;
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(1), amount);
        return new SolanaInstruction(
            RequireTokenProgram(tokenProgram),
            [AccountMeta.Writable(mint), AccountMeta.Writable(destination), AccountMeta.ReadOnly(authority, isSigner: true)],
            data);
    }

    /// <summary>Decodes <c>TransferChecked</c> / <c>ApproveChecked</c> data with the given tag.</summary>
    public static bool TryDecodeAmountAndDecimals(ReadOnlySpan<byte> data, byte tag, out ulong amount, out byte decimals)
    {
        amount = 0;
        decimals = 0;
        if (data.Length != 10 || data[0] != tag)
        {
            return false;
        }

        amount = BinaryPrimitives.ReadUInt64LittleEndian(data[1..]);
        decimals = data[9];
        return true;
    }

    private static byte[] AmountAndDecimals(byte tag, ulong amount, byte decimals)
    {
        var data = new byte[10];
        data[0] = tag;
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(1), amount);
        data[9] = decimals;
        return data;
    }

    private static SolanaAddress RequireTokenProgram(SolanaAddress tokenProgram) =>
        ProgramIds.IsTokenProgram(tokenProgram)
            ? tokenProgram
            : throw new ArgumentException("Not an SPL token program.", nameof(tokenProgram));
}
