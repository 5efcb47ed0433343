using WaiaaS.Adapters.Solana.Transactions;

namespace WaiaaS.Adapters.Solana.Programs;

/// <summary>The SPL Memo program: UTF-8 text recorded with the transaction.</summary>
public static class MemoProgram
{
    /// <summary>A memo signed by <paramref name="signers"/> (may be none).</summary>
    public static SolanaInstruction Memo(string text, params SolanaAddress[] signers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signers);
        return new SolanaInstruction(
            ProgramIds.Memo,
            [.. signers.Select(s => AccountMeta.ReadOnly(s, isSigner: true))],
            System.Text.Encoding.UTF8.GetBytes(text));
    }
}
