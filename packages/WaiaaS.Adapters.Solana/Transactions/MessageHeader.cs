namespace WaiaaS.Adapters.Solana.Transactions;

/// <summary>The three counts at the start of a message that give each account key its role.</summary>
/// <param name="RequiredSignatures">Signers (the first keys).</param>
/// <param name="ReadOnlySignedAccounts">The last of the signers that are read-only.</param>
/// <param name="ReadOnlyUnsignedAccounts">The last of the non-signers that are read-only.</param>
public sealed record MessageHeader(byte RequiredSignatures, byte ReadOnlySignedAccounts, byte ReadOnlyUnsignedAccounts);
