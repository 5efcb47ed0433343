using System.Buffers.Binary;
using WaiaaS.Adapters.Solana.Transactions;

namespace WaiaaS.Adapters.Solana.Programs;

/// <summary>System Program instructions (bincode: a u32 instruction index, then the fields little-endian).</summary>
public static class SystemProgram
{
    /// <summary>Instruction index of <c>CreateAccount</c>.</summary>
    public const uint CreateAccountIndex = 0;

    /// <summary>Instruction index of <c>Transfer</c>.</summary>
    public const uint TransferIndex = 2;

    /// <summary>Moves <paramref name="lamports"/> from <paramref name="from"/> (signer) to <paramref name="to"/>.</summary>
    public static SolanaInstruction Transfer(SolanaAddress from, SolanaAddress to, ulong lamports)
    {
        var data = new byte[12];
        BinaryPrimitives.WriteUInt32LittleEndian(data, TransferIndex);
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(4), lamports);
        return new SolanaInstruction(ProgramIds.System, [AccountMeta.Writable(from, isSigner: true), AccountMeta.Writable(to)], data);
    }

    /// <summary>Creates <paramref name="newAccount"/> (signer) with <paramref name="space"/> bytes owned by <paramref name="owner"/>.</summary>
    public static SolanaInstruction CreateAccount(SolanaAddress payer, SolanaAddress newAccount, ulong lamports, ulong space, SolanaAddress owner)
    {
        var data = new byte[52];
        BinaryPrimitives.WriteUInt32LittleEndian(data, CreateAccountIndex);
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(4), lamports);
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(12), space);
        owner.Bytes.CopyTo(data.AsSpan(20));
        return new SolanaInstruction(
            ProgramIds.System,
            [AccountMeta.Writable(payer, isSigner: true), AccountMeta.Writable(newAccount, isSigner: true)],
            data);
    }

    /// <summary>Decodes a <c>Transfer</c>'s lamports; false for any other System instruction.</summary>
    public static bool TryDecodeTransfer(ReadOnlySpan<byte> data, out ulong lamports)
    {
        lamports = 0;
        if (data.Length != 12 || BinaryPrimitives.ReadUInt32LittleEndian(data) != TransferIndex)
        {
            return false;
        }

        lamports = BinaryPrimitives.ReadUInt64LittleEndian(data[4..]);
        return true;
    }
}
