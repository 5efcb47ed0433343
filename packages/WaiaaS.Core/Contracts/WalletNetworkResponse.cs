namespace WaiaaS.Core.Contracts;

/// <summary>A network a wallet can use (<c>GET /v1/wallets/{id}/networks</c>).</summary>
/// <param name="Id">Network id, e.g. <c>ethereum-sepolia</c>.</param>
/// <param name="ChainId">EIP-155 chain id for EVM networks.</param>
/// <param name="RpcConfigured">Whether the operator configured an RPC URL for it (nothing is contacted otherwise).</param>
/// <param name="Custom">Whether it is an operator-defined network.</param>
public sealed record WalletNetworkResponse(string Id, string Chain, string Environment, long? ChainId, bool RpcConfigured, bool Custom);
