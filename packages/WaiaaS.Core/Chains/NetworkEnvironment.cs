namespace WaiaaS.Core.Chains;

/// <summary>Whether a wallet or network moves real funds (mainnet) or test funds (testnet).</summary>
public enum NetworkEnvironment
{
    /// <summary>Test networks (devnet, testnet, sepolia, local nodes).</summary>
    Testnet,

    /// <summary>Networks that move real value.</summary>
    Mainnet,
}
