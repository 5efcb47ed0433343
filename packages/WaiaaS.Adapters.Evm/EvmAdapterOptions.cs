using System.Numerics;

namespace WaiaaS.Adapters.Evm;

/// <summary>Knobs of <see cref="EvmChainAdapter"/>.</summary>
public sealed record EvmAdapterOptions
{
    /// <summary>Priority fee (wei) when the node offers neither <c>eth_maxPriorityFeePerGas</c> nor fee-history rewards.</summary>
    public BigInteger FallbackPriorityFee { get; init; } = 1_000_000_000;

    /// <summary>Blocks of <c>eth_feeHistory</c> consulted for the base fee and rewards.</summary>
    public int FeeHistoryBlocks { get; init; } = 5;

    /// <summary>Blocks (the including one counted) before a transaction counts as confirmed.</summary>
    public int Confirmations { get; init; } = 1;

    /// <summary>Pause between receipt polls in <see cref="EvmChainAdapter.WaitForConfirmationAsync"/>.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The defaults.</summary>
    public static EvmAdapterOptions Default { get; } = new();
}
