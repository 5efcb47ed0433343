using System.Security.Cryptography;
using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm;

/// <summary>
/// The EVM key scheme: 32-byte secp256k1 private keys, 65-byte uncompressed public keys, EIP-55 addresses from the
/// last 20 bytes of Keccak-256 of the public key's coordinates, and 65-byte <c>r ‖ s ‖ recoveryId</c> signatures
/// (low-S, recoveryId 0 or 1) over 32-byte digests.
/// </summary>
public sealed class Secp256k1KeyScheme : IKeyScheme
{
    /// <inheritdoc />
    public ChainType Chain => ChainType.Ethereum;

    /// <inheritdoc />
    public string Curve => "secp256k1";

    /// <inheritdoc />
    public int PrivateKeyLength => Secp256k1.PrivateKeyLength;

    /// <inheritdoc />
    public void GeneratePrivateKey(Span<byte> privateKey)
    {
        if (privateKey.Length != Secp256k1.PrivateKeyLength)
        {
            throw new ArgumentException($"A secp256k1 private key is {Secp256k1.PrivateKeyLength} bytes.", nameof(privateKey));
        }

        // Rejection sampling: a draw outside [1, n-1] (probability about 2^-128) is discarded, not reduced.
        do
        {
            RandomNumberGenerator.Fill(privateKey);
        }
        while (!Secp256k1.IsValidPrivateKey(privateKey));
    }

    /// <inheritdoc />
    public byte[] DerivePublicKey(ReadOnlySpan<byte> privateKey) => Secp256k1.DerivePublicKey(privateKey);

    /// <inheritdoc />
    public string AddressFromPublicKey(ReadOnlySpan<byte> publicKey) => EvmAddress.FromPublicKey(publicKey);

    /// <inheritdoc />
    public byte[] Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> payload) => Secp256k1.Sign(privateKey, payload);
}
