namespace WaiaaS.Core.Chains.Adapters;

/// <summary>
/// Signs with one wallet's key without exposing it. The keystore implements this: it decrypts the key into guarded
/// memory for the duration of <see cref="Sign"/> and wipes it afterwards.
/// </summary>
public interface ITransactionSigner
{
    /// <summary>The chain family of the key.</summary>
    ChainType Chain { get; }

    /// <summary>The wallet's address.</summary>
    string Address { get; }

    /// <summary>
    /// Signs <paramref name="payload"/>. Solana: an Ed25519 signature (64 bytes) over the message bytes.
    /// EVM: a secp256k1 signature over a 32-byte digest as r ‖ s ‖ recoveryId (65 bytes, low-S, recoveryId 0 or 1).
    /// </summary>
    byte[] Sign(ReadOnlySpan<byte> payload);
}
