namespace WaiaaS.Core.Chains.Adapters;

/// <summary>
/// The key algorithm of a chain family: how keys are generated, what their public key and address are, and how they
/// sign. Private keys passed in are spans over guarded memory owned by the caller; implementations never keep them.
/// </summary>
public interface IKeyScheme
{
    /// <summary>The chain family.</summary>
    ChainType Chain { get; }

    /// <summary>Curve name recorded in keystore files (<c>ed25519</c>, <c>secp256k1</c>).</summary>
    string Curve { get; }

    /// <summary>Length of the stored private key in bytes.</summary>
    int PrivateKeyLength { get; }

    /// <summary>Fills <paramref name="privateKey"/> with a new valid private key.</summary>
    void GeneratePrivateKey(Span<byte> privateKey);

    /// <summary>The public key of a private key (Ed25519: 32 bytes; secp256k1: 65-byte uncompressed).</summary>
    byte[] DerivePublicKey(ReadOnlySpan<byte> privateKey);

    /// <summary>The address of a public key (base58 / EIP-55).</summary>
    string AddressFromPublicKey(ReadOnlySpan<byte> publicKey);

    /// <summary>Signs as described on <see cref="ITransactionSigner.Sign"/>.</summary>
    byte[] Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> payload);
}
