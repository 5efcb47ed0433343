using System.Numerics;
using WaiaaS.Adapters.Evm.Rlp;

namespace WaiaaS.Adapters.Evm.Transactions;

/// <summary>The fields of an EVM transaction. Amounts are in wei.</summary>
public sealed record EvmTransaction
{
    /// <summary>Legacy or EIP-1559.</summary>
    public required EvmTransactionType Type { get; init; }

    /// <summary>The EIP-155 chain id; 0 only for a decoded pre-EIP-155 legacy transaction.</summary>
    public required ulong ChainId { get; init; }

    /// <summary>The sender's nonce.</summary>
    public required ulong Nonce { get; init; }

    /// <summary>The gas limit.</summary>
    public required ulong GasLimit { get; init; }

    /// <summary>Legacy: gas price.</summary>
    public BigInteger GasPrice { get; init; }

    /// <summary>EIP-1559: max priority fee per gas.</summary>
    public BigInteger MaxPriorityFeePerGas { get; init; }

    /// <summary>EIP-1559: max fee per gas.</summary>
    public BigInteger MaxFeePerGas { get; init; }

    /// <summary>Recipient (EIP-55); null creates a contract.</summary>
    public string? To { get; init; }

    /// <summary>Wei sent along.</summary>
    public BigInteger Value { get; init; }

    /// <summary>Calldata.</summary>
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>EIP-1559: the access list as decoded; null is the empty list.</summary>
    public RlpItem? AccessList { get; init; }

    /// <summary>The highest fee per gas the transaction can pay (legacy: gas price; EIP-1559: max fee).</summary>
    public BigInteger MaxFeePerGasPaid => Type == EvmTransactionType.Legacy ? GasPrice : MaxFeePerGas;
}
