using System.Numerics;

namespace WaiaaS.Adapters.Evm.Rpc;

/// <summary>The answer of <c>eth_feeHistory</c>.</summary>
/// <param name="BaseFeePerGas">Base fees of the requested blocks plus the next block's (last element).</param>
/// <param name="Rewards">Per block, the priority fees at the requested percentiles.</param>
public sealed record EvmFeeHistory(IReadOnlyList<BigInteger> BaseFeePerGas, IReadOnlyList<IReadOnlyList<BigInteger>> Rewards)
{
    /// <summary>The next block's base fee (zero when the chain has none).</summary>
    public BigInteger NextBaseFee => BaseFeePerGas.Count == 0 ? BigInteger.Zero : BaseFeePerGas[^1];
}
