using WaiaaS.Adapters.Solana.Transactions;

namespace WaiaaS.Adapters.Solana.Programs;

/// <summary>The Associated Token Account program: one canonical token account per (owner, token program, mint).</summary>
public static class AssociatedTokenAccountProgram
{
    /// <summary>Instruction tag of <c>CreateIdempotent</c>.</summary>
    public const byte CreateIdempotentTag = 1;

    /// <summary>The associated token account of <paramref name="owner"/> for <paramref name="mint"/> under <paramref name="tokenProgram"/>.</summary>
    public static SolanaAddress FindAddress(SolanaAddress owner, SolanaAddress mint, SolanaAddress tokenProgram) =>
        ProgramDerivedAddress.Find([owner.Bytes.ToArray(), tokenProgram.Bytes.ToArray(), mint.Bytes.ToArray()], ProgramIds.AssociatedToken).Address;

    /// <summary>Creates the associated token account unless it already exists (then succeeds without change).</summary>
    public static SolanaInstruction CreateIdempotent(SolanaAddress payer, SolanaAddress owner, SolanaAddress mint, SolanaAddress tokenProgram) =>
        new(
            ProgramIds.AssociatedToken,
            [
                AccountMeta.Writable(payer, isSigner: true),
                AccountMeta.Writable(FindAddress(owner, mint, tokenProgram)),
                AccountMeta.ReadOnly(owner),
                AccountMeta.ReadOnly(mint),
                AccountMeta.ReadOnly(ProgramIds.System),
                AccountMeta.ReadOnly(tokenProgram),
            ],
            new[] { CreateIdempotentTag });
}
