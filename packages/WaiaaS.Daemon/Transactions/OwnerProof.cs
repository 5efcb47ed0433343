namespace WaiaaS.Daemon.Transactions;

/// <summary>An owner's signed answer as it arrived (headers <c>X-Owner-Address</c>, <c>X-Owner-Message</c>, <c>X-Owner-Signature</c>).</summary>
/// <param name="Address">The owner address the caller claims.</param>
/// <param name="Message">The exact message signed.</param>
/// <param name="Signature">The signature (base58 for Solana, 0x-hex for EVM).</param>
internal sealed record OwnerProof(string Address, string Message, string Signature);
