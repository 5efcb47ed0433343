using WaiaaS.Core.Chains;

namespace WaiaaS.Core.Configuration;

public static partial class ConfigSchema
{
    private static ConfigSection RpcSection()
    {
        const string s = "rpc";
        var keys = KnownNetworks.All
            .Select(network => (ConfigKey)Str(s, network.RpcConfigKey!, $"JSON-RPC URL for {network.Id} (empty = not configured, never contacted).",
                c => c.Rpc.Urls.GetValueOrDefault(network.RpcConfigKey!, ""),
                (c, v) => c with { Rpc = c.Rpc with { Urls = c.Rpc.Urls.SetItem(network.RpcConfigKey!, v) } },
                ConfigValidators.HttpUrlOrEmpty))
            .ToList();
        return new(s, "One JSON-RPC URL per network. Nothing is contacted unless you set its URL. Local or other networks go in [rpc.custom.<name>] tables (keys: chain, chain_id, url, environment). The commented URLs below are well-known public endpoints you may choose; they are not defaults.", keys);
    }
}
