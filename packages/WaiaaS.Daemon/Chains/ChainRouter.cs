using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Errors;

namespace WaiaaS.Daemon.Chains;

/// <summary>
/// Resolves a network id (built-in or an operator's <c>[rpc.custom.*]</c> network) to its chain adapter and RPC endpoint,
/// and picks a wallet's default network. Only URLs the operator configured are ever used: a network without an RPC URL
/// is refused, never sent to a public default.
/// </summary>
internal sealed class ChainRouter(WaiaasConfig config, IEnumerable<IChainAdapter> adapters)
{
    private readonly Dictionary<ChainType, IChainAdapter> _adapters = adapters.ToDictionary(a => a.Chain);

    /// <summary>The adapter of a chain.</summary>
    public IChainAdapter Adapter(ChainType chain) => _adapters[chain];

    /// <summary>The network a request names, or the wallet's default; checked against the wallet's chain and environment.</summary>
    public Result<ChainEndpoint> Resolve(ChainType chain, NetworkEnvironment environment, string? requested)
    {
        var found = ResolveNetwork(chain, environment, requested);
        if (!found.Succeeded)
        {
            return found.Failure;
        }

        var network = found.Value!;
        var id = network.Id;
        var url = network.RpcConfigKey is { } key ? config.Rpc.UrlFor(key) : CustomUrl(id);
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var rpc))
        {
            return new Failure(ErrorCodes.NetworkNotConfigured, $"network '{id}' has no RPC URL configured.");
        }

        return new ChainEndpoint(network, rpc);
    }

    /// <summary>
    /// The network a request names, or the wallet's default, checked against the wallet's chain and environment, whether
    /// or not an RPC URL is configured for it (for answers that need no chain call, such as the wallet's address).
    /// </summary>
    public Result<NetworkInfo> ResolveNetwork(ChainType chain, NetworkEnvironment environment, string? requested)
    {
        var id = string.IsNullOrEmpty(requested) ? DefaultNetwork(chain, environment) : requested;
        var network = Find(id);
        if (network is null)
        {
            return new Failure(ErrorCodes.ValidationFailed, $"network '{id}' is not a known or configured network.");
        }

        if (network.Chain != chain)
        {
            return new Failure(ErrorCodes.ValidationFailed, $"network '{id}' is not a {chain.ToWireName()} network.");
        }

        return network.Environment != environment
            ? new Failure(ErrorCodes.EnvironmentNetworkMismatch, $"network '{id}' is not in the wallet's {environment.ToWireName()} environment.")
            : network;
    }

    /// <summary>
    /// The default network of a chain and environment: the first configured custom network of that pair, else the
    /// built-in main network (solana-mainnet/devnet, ethereum-mainnet/sepolia).
    /// </summary>
    public string DefaultNetwork(ChainType chain, NetworkEnvironment environment)
    {
        var custom = config.Rpc.Custom.Values
            .Where(n => n.Chain == chain && n.Environment == environment && n.Url.Length > 0)
            .OrderBy(n => n.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (custom is not null)
        {
            return custom.Name;
        }

        return (chain, environment) switch
        {
            (ChainType.Solana, NetworkEnvironment.Mainnet) => "solana-mainnet",
            (ChainType.Solana, _) => "solana-devnet",
            (_, NetworkEnvironment.Mainnet) => "ethereum-mainnet",
            _ => "ethereum-sepolia",
        };
    }

    private NetworkInfo? Find(string id) =>
        KnownNetworks.Find(id) ?? (config.Rpc.Custom.TryGetValue(id, out var custom) ? custom.ToNetworkInfo() : null);

    private string? CustomUrl(string id) =>
        config.Rpc.Custom.TryGetValue(id, out var custom) && custom.Url.Length > 0 ? custom.Url : null;
}
