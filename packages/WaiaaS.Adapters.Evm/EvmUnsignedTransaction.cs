using WaiaaS.Adapters.Evm.Transactions;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm;

/// <summary>An EVM transaction built by <see cref="EvmChainAdapter"/>; the signing payload is its 32-byte signing hash.</summary>
public sealed record EvmUnsignedTransaction(
    ChainEndpoint Endpoint,
    TransactionRequest Request,
    ReadOnlyMemory<byte> SigningPayload,
    FeeEstimate Fee,
    ulong? Nonce,
    EvmTransaction Transaction)
    : UnsignedTransaction(Endpoint, Request, SigningPayload, Fee, Nonce, null);
