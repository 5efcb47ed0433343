using System.Security.Cryptography;

namespace WaiaaS.Core.Crypto;

/// <summary>Ed25519 (RFC 8032) through libsodium. Secret keys are 32-byte seeds; the expanded key exists only in guarded memory during a call.</summary>
public static unsafe class Ed25519
{
    /// <summary>Length of a seed (the stored secret).</summary>
    public const int SeedLength = 32;

    /// <summary>Length of a public key.</summary>
    public const int PublicKeyLength = 32;

    /// <summary>Length of a signature.</summary>
    public const int SignatureLength = 64;

    private const int ExpandedSecretKeyLength = 64;

    /// <summary>Derives the public key of a seed.</summary>
    public static byte[] PublicKeyFromSeed(ReadOnlySpan<byte> seed)
    {
        var publicKey = new byte[PublicKeyLength];
        WithExpandedKey(seed, publicKey, static (_, _) => { });
        return publicKey;
    }

    /// <summary>Signs <paramref name="message"/> with the key of <paramref name="seed"/>.</summary>
    public static byte[] Sign(ReadOnlySpan<byte> seed, ReadOnlySpan<byte> message)
    {
        var signature = new byte[SignatureLength];
        var publicKey = new byte[PublicKeyLength];
        fixed (byte* messagePointer = message)
        fixed (byte* signaturePointer = signature)
        {
            var m = messagePointer;
            var length = (ulong)message.Length;
            var s = signaturePointer;
            WithExpandedKey(seed, publicKey, (secretKey, _) =>
            {
                fixed (byte* secretPointer = secretKey)
                {
                    if (SodiumNative.SignDetached(s, null, m, length, secretPointer) != 0)
                    {
                        throw new CryptographicException("Ed25519 signing failed.");
                    }
                }
            });
        }

        return signature;
    }

    /// <summary>Verifies a detached signature.</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != PublicKeyLength || signature.Length != SignatureLength)
        {
            return false;
        }

        Sodium.EnsureInitialized();
        fixed (byte* signaturePointer = signature)
        fixed (byte* messagePointer = message)
        fixed (byte* publicKeyPointer = publicKey)
        {
            return SodiumNative.VerifyDetached(signaturePointer, messagePointer, (ulong)message.Length, publicKeyPointer) == 0;
        }
    }

    private delegate void ExpandedKeyAction(Span<byte> secretKey, ReadOnlySpan<byte> publicKey);

    private static void WithExpandedKey(ReadOnlySpan<byte> seed, byte[] publicKey, ExpandedKeyAction action)
    {
        if (seed.Length != SeedLength)
        {
            throw new ArgumentException($"An Ed25519 seed is {SeedLength} bytes.", nameof(seed));
        }

        using var expanded = GuardedBuffer.Allocate(ExpandedSecretKeyLength);
        fixed (byte* seedPointer = seed)
        fixed (byte* publicKeyPointer = publicKey)
        {
            var seedAddress = seedPointer;
            var publicKeyAddress = publicKeyPointer;
            expanded.Write(secretKey =>
            {
                fixed (byte* secretPointer = secretKey)
                {
                    if (SodiumNative.SignSeedKeyPair(publicKeyAddress, secretPointer, seedAddress) != 0)
                    {
                        throw new CryptographicException("Ed25519 key expansion failed.");
                    }
                }

                action(secretKey, publicKey);
            });
        }
    }
}
