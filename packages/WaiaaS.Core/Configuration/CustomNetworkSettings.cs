using WaiaaS.Core.Chains;

namespace WaiaaS.Core.Configuration;

/// <summary>An operator-defined network from <c>[rpc.custom.&lt;name&gt;]</c>; its name is its network id.</summary>
/// <param name="Name">Network id, e.g. <c>anvil-local</c>.</param>
/// <param name="Chain">Chain family.</param>
/// <param name="ChainId">EIP-155 chain id (EVM only).</param>
/// <param name="Url">JSON-RPC URL.</param>
/// <param name="Environment">Testnet or mainnet; wallets only use networks of their own environment.</param>
public sealed record CustomNetworkSettings(
    string Name,
    ChainType Chain,
    long? ChainId,
    string Url,
    NetworkEnvironment Environment)
{
    /// <summary>The network as the rest of the system sees it.</summary>
    public NetworkInfo ToNetworkInfo() => new(Name, Chain, Environment, ChainId, null, null);
}
