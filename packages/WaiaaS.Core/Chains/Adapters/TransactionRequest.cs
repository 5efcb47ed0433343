using System.Numerics;

namespace WaiaaS.Core.Chains.Adapters;

/// <summary>What a wallet wants to do on chain; amounts are in base units (lamports, wei, token base units).</summary>
/// <param name="From">The sending wallet's address.</param>
public abstract record TransactionRequest(string From);

/// <summary>Send the chain's native token.</summary>
public sealed record NativeTransferRequest(string From, string To, BigInteger Amount, string? Memo = null)
    : TransactionRequest(From);

/// <summary>Send a fungible token (ERC-20 contract address, or SPL mint address).</summary>
/// <param name="Decimals">The token's decimals when known; the adapter reads them from the chain otherwise.</param>
public sealed record TokenTransferRequest(string From, string To, string Token, BigInteger Amount, int? Decimals = null, string? Memo = null)
    : TransactionRequest(From);

/// <summary>Call a contract (EVM: calldata to <paramref name="Contract"/> with <paramref name="Value"/>; Solana: one instruction for program <paramref name="Contract"/> with <paramref name="Accounts"/>).</summary>
public sealed record ContractCallRequest(string From, string Contract, ReadOnlyMemory<byte> Data, BigInteger Value, IReadOnlyList<ContractAccount>? Accounts = null)
    : TransactionRequest(From);

/// <summary>Let <paramref name="Spender"/> move up to <paramref name="Amount"/> of <paramref name="Token"/> (ERC-20 approve / SPL ApproveChecked).</summary>
public sealed record ApproveRequest(string From, string Token, string Spender, BigInteger Amount, int? Decimals = null)
    : TransactionRequest(From);

/// <summary>An account a Solana instruction touches.</summary>
public sealed record ContractAccount(string Address, bool IsSigner, bool IsWritable);

/// <summary>Knobs for building.</summary>
/// <param name="Nonce">EVM: the nonce to use (from the nonce manager); null asks the chain.</param>
/// <param name="PriorityFee">EVM: max priority fee per gas in wei; Solana: compute-unit price in micro-lamports. Null uses the adapter's default.</param>
/// <param name="ComputeUnitLimit">Solana: compute-unit limit; null leaves the runtime default.</param>
/// <param name="CreateRecipientTokenAccount">Solana: add a create-associated-token-account-idempotent instruction for the recipient.</param>
public sealed record TransactionBuildOptions(
    ulong? Nonce = null,
    System.Numerics.BigInteger? PriorityFee = null,
    uint? ComputeUnitLimit = null,
    bool CreateRecipientTokenAccount = true)
{
    /// <summary>The defaults.</summary>
    public static TransactionBuildOptions Default { get; } = new();
}
