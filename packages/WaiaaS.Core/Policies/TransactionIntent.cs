using System.Numerics;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Transactions;

namespace WaiaaS.Core.Policies;

/// <summary>
/// A transaction request reduced to what session constraints and policies judge (SPEC §8): validated, amounts in base
/// units, addresses in their canonical form (EIP-55 for EVM, base58 for Solana). Built by the pipeline, read by the
/// pure evaluators in Core.
/// </summary>
public sealed record TransactionIntent
{
    /// <summary>The wallet that would sign.</summary>
    public required string WalletId { get; init; }

    /// <summary>The wallet's chain.</summary>
    public required ChainType Chain { get; init; }

    /// <summary>The network id (e.g. <c>ethereum-sepolia</c>).</summary>
    public required string Network { get; init; }

    /// <summary>What is asked for.</summary>
    public required TransactionType Type { get; init; }

    /// <summary>Recipient (TRANSFER, TOKEN_TRANSFER), spender (APPROVE) or the called contract/program (CONTRACT_CALL).</summary>
    public required string To { get; init; }

    /// <summary>Amount in base units: native for TRANSFER and the value of a CONTRACT_CALL, token units for TOKEN_TRANSFER, the allowance for APPROVE.</summary>
    public required BigInteger Amount { get; init; }

    /// <summary>The token (ERC-20 contract or SPL mint) for TOKEN_TRANSFER and APPROVE; null for native value.</summary>
    public string? Token { get; init; }

    /// <summary>The contract or program called (CONTRACT_CALL); null otherwise.</summary>
    public string? Contract { get; init; }

    /// <summary>The 4-byte selector of EVM calldata as <c>0x</c> + 8 lower-case hex digits; null when there is none.</summary>
    public string? Selector { get; init; }

    /// <summary>Whether an APPROVE asks for the maximum allowance (uint256 max on EVM, u64 max on Solana).</summary>
    public bool IsUnlimitedApproval { get; init; }

    /// <summary>The asset's decimals, when known (for human-readable limits in messages).</summary>
    public int? Decimals { get; init; }

    /// <summary>The asset's symbol when known (e.g. <c>SOL</c>, <c>ETH</c>, <c>USDC</c>), used to look up USD prices.</summary>
    public string? Symbol { get; init; }

    /// <summary>The amount's value in USD; null when no price is known (unknown price).</summary>
    public decimal? AmountUsd { get; init; }

    /// <summary>The asset key used by per-asset limits: <c>native</c> or the token address.</summary>
    public string AssetKey => Token ?? "native";
}
