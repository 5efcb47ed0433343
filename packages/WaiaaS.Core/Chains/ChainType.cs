namespace WaiaaS.Core.Chains;

/// <summary>The chain families a wallet can belong to.</summary>
public enum ChainType
{
    /// <summary>Solana (Ed25519 keys, base58 addresses).</summary>
    Solana,

    /// <summary>Ethereum-family EVM chains (secp256k1 keys, EIP-55 addresses).</summary>
    Ethereum,
}
