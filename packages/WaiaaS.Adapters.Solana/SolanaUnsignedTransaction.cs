using WaiaaS.Adapters.Solana.Transactions;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana;

/// <summary>A built Solana transaction: the compiled message (whose bytes are the signing payload) and what it was built with, so it can be rebuilt on a fresh blockhash.</summary>
/// <param name="Message">The compiled message.</param>
/// <param name="LastValidBlockHeight">The last block height at which the blockhash is accepted.</param>
/// <param name="Options">The build options, reused when rebuilding.</param>
public sealed record SolanaUnsignedTransaction(
    ChainEndpoint Endpoint,
    TransactionRequest Request,
    ReadOnlyMemory<byte> SigningPayload,
    FeeEstimate Fee,
    DateTimeOffset? ExpiresAt,
    SolanaMessage Message,
    ulong LastValidBlockHeight,
    TransactionBuildOptions Options)
    : UnsignedTransaction(Endpoint, Request, SigningPayload, Fee, null, ExpiresAt)
{
    /// <summary>The blockhash the message is dated with.</summary>
    public string Blockhash => Message.RecentBlockhash;
}
