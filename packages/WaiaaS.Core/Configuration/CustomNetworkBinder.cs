using System.Globalization;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration;

/// <summary>Reads <c>[rpc.custom.&lt;name&gt;]</c> tables: chain, chain_id (EVM only), url, environment (default testnet).</summary>
internal static class CustomNetworkBinder
{
    private static readonly string[] KnownKeys = ["chain", "chain_id", "url", "environment"];

    public static WaiaasConfig Apply(WaiaasConfig config, TomlValue value, TomlPosition position, string source, List<ConfigError> errors)
    {
        if (value is not TomlTable networks)
        {
            errors.Add(FileConfigBinder.At("rpc.custom", source, position, "must be a table of networks ([rpc.custom.<name>])"));
            return config;
        }

        foreach (var (name, entry) in networks)
        {
            var key = "rpc.custom." + name;
            var at = networks.GetKeyPosition(name);
            var error = CheckName(name) ?? (entry is TomlTable ? null : "must be a table with chain, chain_id, url and environment");
            var network = error is null ? Read(name, (TomlTable)entry, out error) : null;
            if (network is null)
            {
                errors.Add(FileConfigBinder.At(key, source, at, error!));
                continue;
            }

            config = config with { Rpc = config.Rpc with { Custom = config.Rpc.Custom.SetItem(name, network) } };
        }

        return config;
    }

    private static string? CheckName(string name)
    {
        var shaped = name.Length is > 0 and <= 63
            && name[0] != '-'
            && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
        if (!shaped)
        {
            return "network names use lowercase letters, digits and '-' (at most 63 characters), e.g. anvil-local";
        }

        return KnownNetworks.Find(name) is { } builtIn
            ? $"'{name}' is a built-in network; set its URL with [rpc] {builtIn.RpcConfigKey} instead"
            : null;
    }

    private static CustomNetworkSettings? Read(string name, TomlTable table, out string? error)
    {
        var unknown = table.Keys.FirstOrDefault(k => !KnownKeys.Contains(k));
        error = unknown is null ? null : $"unknown key '{unknown}' (known: {string.Join(", ", KnownKeys)})";
        if (error is not null
            || (error = RequiredString(table, "chain", out var chainName)) is not null
            || (error = RequiredString(table, "url", out var url)) is not null)
        {
            return null;
        }

        if (!ChainNames.TryParseChain(chainName, out var chain))
        {
            error = $"chain must be \"{ChainNames.Solana}\" or \"{ChainNames.Ethereum}\", got \"{chainName}\"";
            return null;
        }

        if (ConfigValidators.HttpUrl(url) is { } urlError)
        {
            error = "url " + urlError;
            return null;
        }

        long? chainId = null;
        error = ReadEnvironment(table, out var environment) ?? ReadChainId(table, chain, out chainId);
        return error is null ? new CustomNetworkSettings(name, chain, chainId, url, environment) : null;
    }

    private static string? RequiredString(TomlTable table, string key, out string value)
    {
        value = table.TryGetValue(key, out var v) && v is TomlString s ? s.Value : "";
        return value.Length > 0 ? null : $"{key} is required and must be a non-empty string";
    }

    private static string? ReadEnvironment(TomlTable table, out NetworkEnvironment environment)
    {
        environment = NetworkEnvironment.Testnet;
        if (!table.TryGetValue("environment", out var value))
        {
            return null;
        }

        return value is TomlString s && ChainNames.TryParseEnvironment(s.Value, out environment)
            ? null
            : $"environment must be \"{ChainNames.Testnet}\" or \"{ChainNames.Mainnet}\"";
    }

    private static string? ReadChainId(TomlTable table, ChainType chain, out long? chainId)
    {
        chainId = null;
        var present = table.TryGetValue("chain_id", out var value);
        if (chain == ChainType.Solana)
        {
            return present ? "chain_id applies to EVM networks only; remove it for a Solana network" : null;
        }

        if (value is TomlInteger { Value: > 0 } id)
        {
            chainId = id.Value;
            return null;
        }

        return present
            ? string.Create(CultureInfo.InvariantCulture, $"chain_id must be a positive integer (the EIP-155 chain id, e.g. 31337 for Anvil)")
            : "chain_id is required for an EVM network (the EIP-155 chain id, e.g. 31337 for Anvil)";
    }
}
