using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana;

/// <summary>The result of <see cref="SolanaChainAdapter.SubmitWithRebuildAsync"/>.</summary>
/// <param name="Signature">The signature of the transaction that landed (or was last tried).</param>
/// <param name="Status">Its confirmation status.</param>
/// <param name="Attempts">How many times it was signed and submitted (1 + rebuilds).</param>
/// <param name="Transaction">The transaction as finally built.</param>
public sealed record SolanaSubmission(string Signature, ConfirmationStatus Status, int Attempts, SolanaUnsignedTransaction Transaction);
