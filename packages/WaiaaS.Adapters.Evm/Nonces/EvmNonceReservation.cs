namespace WaiaaS.Adapters.Evm.Nonces;

/// <summary>A nonce handed out by an <see cref="IEvmNonceManager"/>, to be confirmed or released exactly once.</summary>
/// <param name="ChainId">The EIP-155 chain id.</param>
/// <param name="Address">The sending wallet's address.</param>
/// <param name="Nonce">The reserved nonce.</param>
public sealed record EvmNonceReservation(ulong ChainId, string Address, ulong Nonce);
