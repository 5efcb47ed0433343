using System.Security.Cryptography;
using WaiaaS.Adapters.Solana.Codecs;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Crypto;

namespace WaiaaS.Adapters.Solana.Keys;

/// <summary>
/// Solana's key scheme: Ed25519 (RFC 8032) with the 32-byte seed as the stored private key, the 32-byte public key
/// as the account, and base58 of the public key as the address. Signing goes through libsodium; the expanded secret
/// key exists only in guarded memory for the duration of a call.
/// </summary>
public sealed class Ed25519KeyScheme : IKeyScheme
{
    /// <summary>The curve name recorded in keystore files.</summary>
    public const string CurveName = "ed25519";

    /// <summary>A shared instance (the scheme is stateless).</summary>
    public static Ed25519KeyScheme Instance { get; } = new();

    /// <inheritdoc />
    public ChainType Chain => ChainType.Solana;

    /// <inheritdoc />
    public string Curve => CurveName;

    /// <inheritdoc />
    public int PrivateKeyLength => Ed25519.SeedLength;

    /// <inheritdoc />
    public void GeneratePrivateKey(Span<byte> privateKey)
    {
        RequireSeed(privateKey.Length);
        RandomNumberGenerator.Fill(privateKey);
    }

    /// <inheritdoc />
    public byte[] DerivePublicKey(ReadOnlySpan<byte> privateKey)
    {
        RequireSeed(privateKey.Length);
        return Ed25519.PublicKeyFromSeed(privateKey);
    }

    /// <inheritdoc />
    public string AddressFromPublicKey(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != Ed25519.PublicKeyLength)
        {
            throw new ArgumentException($"A Solana public key is {Ed25519.PublicKeyLength} bytes.", nameof(publicKey));
        }

        return Base58.Encode(publicKey);
    }

    /// <inheritdoc />
    public byte[] Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> payload)
    {
        RequireSeed(privateKey.Length);
        return Ed25519.Sign(privateKey, payload);
    }

    /// <summary>Verifies an Ed25519 signature by the key behind <paramref name="address"/>.</summary>
    public static bool Verify(string address, ReadOnlySpan<byte> payload, ReadOnlySpan<byte> signature) =>
        Base58.TryDecode(address, out var publicKey)
        && publicKey.Length == Ed25519.PublicKeyLength
        && Ed25519.Verify(publicKey, payload, signature);

    private static void RequireSeed(int length)
    {
        if (length != Ed25519.SeedLength)
        {
            throw new ArgumentException($"A Solana private key is a {Ed25519.SeedLength}-byte Ed25519 seed.");
        }
    }
}
