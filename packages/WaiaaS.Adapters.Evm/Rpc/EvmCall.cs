using System.Numerics;

namespace WaiaaS.Adapters.Evm.Rpc;

/// <summary>A call object for <c>eth_call</c> / <c>eth_estimateGas</c>.</summary>
/// <param name="From">Sender.</param>
/// <param name="To">Target; null for a deployment.</param>
/// <param name="Value">Wei sent.</param>
/// <param name="Data">Calldata.</param>
/// <param name="Gas">Gas limit, when set.</param>
public sealed record EvmCall(string? From, string? To, BigInteger Value, ReadOnlyMemory<byte> Data, ulong? Gas = null);
