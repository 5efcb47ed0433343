using WaiaaS.Core.Chains;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Contracts;

namespace WaiaaS.Daemon.Wallets;

/// <summary>The networks a wallet may use: those of its chain and environment, built-in and operator-defined.</summary>
internal sealed class WalletNetworkCatalog(WaiaasConfig config)
{
    public IReadOnlyList<WalletNetworkResponse> For(ChainType chain, NetworkEnvironment environment)
    {
        var builtIn = KnownNetworks.All
            .Where(n => n.Chain == chain && n.Environment == environment)
            .Select(n => new WalletNetworkResponse(n.Id, chain.ToWireName(), environment.ToWireName(), n.EvmChainId, config.Rpc.UrlFor(n.RpcConfigKey!) is not null, Custom: false));
        var custom = config.Rpc.Custom.Values
            .Where(n => n.Chain == chain && n.Environment == environment)
            .OrderBy(n => n.Name, StringComparer.Ordinal)
            .Select(n => new WalletNetworkResponse(n.Name, chain.ToWireName(), environment.ToWireName(), n.ChainId, RpcConfigured: n.Url.Length > 0, Custom: true));
        return [.. builtIn, .. custom];
    }
}
