namespace WaiaaS.Adapters.Solana.Transactions;

/// <summary>A v0 message's reference to accounts stored in an address lookup table.</summary>
/// <param name="TableAddress">The lookup table account.</param>
/// <param name="WritableIndexes">Indexes of writable accounts in the table.</param>
/// <param name="ReadOnlyIndexes">Indexes of read-only accounts in the table.</param>
public sealed record AddressTableLookup(SolanaAddress TableAddress, IReadOnlyList<byte> WritableIndexes, IReadOnlyList<byte> ReadOnlyIndexes);
