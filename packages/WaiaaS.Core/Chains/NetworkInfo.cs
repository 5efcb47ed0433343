namespace WaiaaS.Core.Chains;

/// <summary>A network a wallet can transact on.</summary>
/// <param name="Id">Network id used on the wire, e.g. <c>ethereum-sepolia</c>.</param>
/// <param name="Chain">The chain family.</param>
/// <param name="Environment">Testnet or mainnet.</param>
/// <param name="EvmChainId">The EIP-155 chain id for EVM networks; null for Solana.</param>
/// <param name="RpcConfigKey">The <c>[rpc]</c> key that holds this network's RPC URL; null for custom networks.</param>
/// <param name="SuggestedPublicRpcUrl">A well-known public endpoint, written commented-out by <c>waiaas init</c>; never used unless the operator sets it.</param>
public sealed record NetworkInfo(
    string Id,
    ChainType Chain,
    NetworkEnvironment Environment,
    long? EvmChainId,
    string? RpcConfigKey,
    string? SuggestedPublicRpcUrl);
