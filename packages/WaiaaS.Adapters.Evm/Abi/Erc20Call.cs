using System.Numerics;

namespace WaiaaS.Adapters.Evm.Abi;

/// <summary>A decoded ERC-20 call.</summary>
/// <param name="Kind">Which function.</param>
/// <param name="From">transferFrom: the owner debited; otherwise null.</param>
/// <param name="To">transfer / transferFrom: the recipient; approve: the spender.</param>
/// <param name="Amount">The amount in token base units.</param>
public sealed record Erc20Call(Erc20CallKind Kind, string? From, string To, BigInteger Amount);
