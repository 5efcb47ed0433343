namespace WaiaaS.Core.Chains.Adapters;

/// <summary>A network together with the RPC URL the operator configured for it.</summary>
/// <param name="Network">The network.</param>
/// <param name="RpcUrl">Its JSON-RPC endpoint.</param>
public sealed record ChainEndpoint(NetworkInfo Network, Uri RpcUrl);
