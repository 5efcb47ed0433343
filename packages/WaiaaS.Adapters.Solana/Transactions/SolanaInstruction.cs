namespace WaiaaS.Adapters.Solana.Transactions;

/// <summary>One instruction: a program, the accounts it touches in order, and its data.</summary>
/// <param name="ProgramId">The program to invoke.</param>
/// <param name="Accounts">The accounts, in the order the program expects them.</param>
/// <param name="Data">The instruction data.</param>
public sealed record SolanaInstruction(SolanaAddress ProgramId, IReadOnlyList<AccountMeta> Accounts, ReadOnlyMemory<byte> Data);
