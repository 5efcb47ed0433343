using WaiaaS.Core.Chains;

namespace WaiaaS.Core.Configuration;

public static partial class ConfigSchema
{
    private static ConfigSection RpcSection()
    {
        const string s = "rpc";
        var keys = KnownNetworks.All
            .Select(n => n.RpcConfigKey!)
            .Select(key => (ConfigKey)Str(s, key, $"JSON-RPC URL for {NetworkIdOf(key)} (empty = not configured, never contacted).",
                c => c.Rpc.Urls.GetValueOrDefault(key, ""),
                (c, v) => c with { Rpc = c.Rpc with { Urls = c.Rpc.Urls.SetItem(key, v) } },
                ConfigValidators.HttpUrlOrEmpty))
            .ToList();
        return new(s, "One JSON-RPC URL per network. Nothing is contacted unless you set its URL. Local or other networks go in [rpc.custom.<name>] tables (keys: chain, chain_id, url, environment). The commented URLs below are well-known public endpoints you may choose; they are not defaults.", keys);
    }

    private static string NetworkIdOf(string rpcKey) => KnownNetworks.All.First(n => n.RpcConfigKey == rpcKey).Id;
}
