namespace WaiaaS.Adapters.Solana.Transactions;

/// <summary>An instruction inside a message: indexes into the message's account keys instead of addresses.</summary>
/// <param name="ProgramIdIndex">Index of the program's key.</param>
/// <param name="AccountIndexes">Indexes of the accounts, in order.</param>
/// <param name="Data">The instruction data.</param>
public sealed record CompiledInstruction(byte ProgramIdIndex, IReadOnlyList<byte> AccountIndexes, ReadOnlyMemory<byte> Data);
