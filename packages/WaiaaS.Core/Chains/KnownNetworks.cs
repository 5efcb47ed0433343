namespace WaiaaS.Core.Chains;

/// <summary>The built-in networks. Operators add local or other networks as <c>[rpc.custom.&lt;name&gt;]</c>.</summary>
public static class KnownNetworks
{
    /// <summary>Every built-in network, in display order.</summary>
    public static IReadOnlyList<NetworkInfo> All { get; } =
    [
        Solana("solana-mainnet", NetworkEnvironment.Mainnet, "https://api.mainnet-beta.solana.com"),
        Solana("solana-devnet", NetworkEnvironment.Testnet, "https://api.devnet.solana.com"),
        Solana("solana-testnet", NetworkEnvironment.Testnet, "https://api.testnet.solana.com"),
        Evm("ethereum-mainnet", NetworkEnvironment.Mainnet, 1, "https://ethereum-rpc.publicnode.com"),
        Evm("ethereum-sepolia", NetworkEnvironment.Testnet, 11155111, "https://ethereum-sepolia-rpc.publicnode.com"),
        Evm("base-mainnet", NetworkEnvironment.Mainnet, 8453, "https://mainnet.base.org"),
        Evm("base-sepolia", NetworkEnvironment.Testnet, 84532, "https://sepolia.base.org"),
        Evm("arbitrum-mainnet", NetworkEnvironment.Mainnet, 42161, "https://arb1.arbitrum.io/rpc"),
        Evm("arbitrum-sepolia", NetworkEnvironment.Testnet, 421614, "https://sepolia-rollup.arbitrum.io/rpc"),
        Evm("optimism-mainnet", NetworkEnvironment.Mainnet, 10, "https://mainnet.optimism.io"),
        Evm("optimism-sepolia", NetworkEnvironment.Testnet, 11155420, "https://sepolia.optimism.io"),
        Evm("polygon-mainnet", NetworkEnvironment.Mainnet, 137, "https://polygon-rpc.com"),
        Evm("polygon-amoy", NetworkEnvironment.Testnet, 80002, "https://rpc-amoy.polygon.technology"),
    ];

    /// <summary>Finds a built-in network by its wire id.</summary>
    public static NetworkInfo? Find(string id) => All.FirstOrDefault(n => n.Id == id);

    // solana-devnet -> solana_devnet; ethereum-sepolia -> evm_ethereum_sepolia (the [rpc] key naming of SPEC §16).
    private static NetworkInfo Solana(string id, NetworkEnvironment environment, string publicRpc) =>
        new(id, ChainType.Solana, environment, null, id.Replace('-', '_'), publicRpc);

    private static NetworkInfo Evm(string id, NetworkEnvironment environment, long chainId, string publicRpc) =>
        new(id, ChainType.Ethereum, environment, chainId, "evm_" + id.Replace('-', '_'), publicRpc);
}
