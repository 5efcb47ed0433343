namespace WaiaaS.Core.Chains;

/// <summary>The wire names of chains and environments (API bodies, config values).</summary>
public static class ChainNames
{
    /// <summary>Wire name of <see cref="ChainType.Solana"/>.</summary>
    public const string Solana = "solana";

    /// <summary>Wire name of <see cref="ChainType.Ethereum"/>.</summary>
    public const string Ethereum = "ethereum";

    /// <summary>Wire name of <see cref="NetworkEnvironment.Testnet"/>.</summary>
    public const string Testnet = "testnet";

    /// <summary>Wire name of <see cref="NetworkEnvironment.Mainnet"/>.</summary>
    public const string Mainnet = "mainnet";

    /// <summary>Parses a chain wire name.</summary>
    public static bool TryParseChain(string value, out ChainType chain)
    {
        switch (value)
        {
            case Solana: chain = ChainType.Solana; return true;
            case Ethereum: chain = ChainType.Ethereum; return true;
            default: chain = default; return false;
        }
    }

    /// <summary>Parses an environment wire name.</summary>
    public static bool TryParseEnvironment(string value, out NetworkEnvironment environment)
    {
        switch (value)
        {
            case Testnet: environment = NetworkEnvironment.Testnet; return true;
            case Mainnet: environment = NetworkEnvironment.Mainnet; return true;
            default: environment = default; return false;
        }
    }

    /// <summary>The wire name of a chain.</summary>
    public static string ToWireName(this ChainType chain) => chain == ChainType.Solana ? Solana : Ethereum;

    /// <summary>The wire name of an environment.</summary>
    public static string ToWireName(this NetworkEnvironment environment) =>
        environment == NetworkEnvironment.Mainnet ? Mainnet : Testnet;
}
