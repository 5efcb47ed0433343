using System.Numerics;

namespace WaiaaS.Core.Chains.Adapters;

/// <summary>A balance of the native token (<paramref name="Token"/> null) or of a token.</summary>
public sealed record AssetBalance(string? Token, BigInteger Amount, int Decimals, string? Symbol);

/// <summary>A fee estimate in the native token's base units, with chain-specific parts (gas limit, prices, compute units).</summary>
public sealed record FeeEstimate(BigInteger Total, IReadOnlyDictionary<string, string> Details);

/// <summary>The outcome of a simulation.</summary>
public sealed record SimulationResult(bool Success, string? Error, IReadOnlyList<string> Logs, ulong? UnitsConsumed);

/// <summary>
/// A built transaction ready to sign. Adapters derive from it to keep what they need to sign and rebuild.
/// </summary>
/// <param name="Endpoint">Where it was built for.</param>
/// <param name="Request">What it does.</param>
/// <param name="SigningPayload">The bytes the signer signs (Solana: message bytes; EVM: the 32-byte signing hash).</param>
/// <param name="Fee">The fee it was built with.</param>
/// <param name="Nonce">EVM nonce used, if any.</param>
/// <param name="ExpiresAt">When it can no longer land (Solana blockhash expiry estimate), if it expires.</param>
public abstract record UnsignedTransaction(
    ChainEndpoint Endpoint,
    TransactionRequest Request,
    ReadOnlyMemory<byte> SigningPayload,
    FeeEstimate Fee,
    ulong? Nonce,
    DateTimeOffset? ExpiresAt);

/// <summary>A signed transaction: the raw bytes to submit and the hash / signature it will be known by.</summary>
public sealed record SignedTransaction(ChainEndpoint Endpoint, ReadOnlyMemory<byte> Raw, string TransactionHash, ulong? Nonce);

/// <summary>Where a submitted transaction stands.</summary>
public enum ConfirmationState
{
    /// <summary>The chain does not know it (yet, or any more).</summary>
    NotFound,

    /// <summary>Seen but not yet at the confirmation level the adapter waits for.</summary>
    Pending,

    /// <summary>Included and confirmed.</summary>
    Confirmed,

    /// <summary>Included but failed (reverted / instruction error).</summary>
    Failed,

    /// <summary>Can no longer land (Solana: blockhash expired without inclusion).</summary>
    Expired,
}

/// <summary>The confirmation state of a transaction.</summary>
/// <param name="Block">EVM block number or Solana slot, once included.</param>
public sealed record ConfirmationStatus(string TransactionHash, ConfirmationState State, ulong? Block, string? Error);

/// <summary>One thing a parsed raw transaction does.</summary>
/// <param name="Kind">native_transfer, token_transfer, approve, contract_call or unknown.</param>
public sealed record ParsedOperation(string Kind, string? To, BigInteger? Amount, string? Token, string? Program);

/// <summary>A decoded raw transaction.</summary>
public sealed record ParsedTransaction(ChainType Chain, string? From, IReadOnlyList<ParsedOperation> Operations, bool IsSigned);
