using System.Numerics;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Transactions;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// A send or simulate request after its JSON was checked (<see cref="SendCommandParser"/>): types parsed, amounts as
/// integers, nothing resolved against the wallet or the chain yet.
/// </summary>
internal sealed record SendCommand
{
    public required TransactionType Type { get; init; }

    public string? WalletId { get; init; }

    public string? Network { get; init; }

    /// <summary>Recipient, spender (APPROVE) or contract/program (CONTRACT_CALL).</summary>
    public required string To { get; init; }

    /// <summary>Base units, when the request gave <c>amount</c>.</summary>
    public BigInteger? Amount { get; init; }

    /// <summary>A decimal string, when the request gave <c>humanAmount</c>.</summary>
    public string? HumanAmount { get; init; }

    public string? Token { get; init; }

    /// <summary>Decimals the caller stated for the token (used only to read <c>humanAmount</c>).</summary>
    public int? TokenDecimals { get; init; }

    /// <summary>EVM calldata or Solana instruction data.</summary>
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>Solana instruction accounts of a CONTRACT_CALL.</summary>
    public IReadOnlyList<ContractAccount> Accounts { get; init; } = [];

    public string? Memo { get; init; }

    /// <summary>SHA-256 (hex) over the canonical form of the request, compared when an Idempotency-Key is reused.</summary>
    public required string RequestHash { get; init; }
}
