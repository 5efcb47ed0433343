using System.Numerics;
using System.Security.Cryptography;

namespace WaiaaS.Adapters.Evm.Crypto;

/// <summary>
/// secp256k1 ECDSA for Ethereum. Signing runs in .NET's <see cref="ECDsa"/> (OpenSSL) with only the private scalar
/// imported; this class normalises the signature to low-S and computes the recovery id from public data by
/// recovering the key. Public-key recovery (<c>ecrecover</c>) uses <see cref="BigInteger"/> arithmetic on public data.
/// </summary>
public static class Secp256k1
{
    /// <summary>Private key length in bytes.</summary>
    public const int PrivateKeyLength = 32;

    /// <summary>Uncompressed public key length (<c>0x04 ‖ x ‖ y</c>).</summary>
    public const int PublicKeyLength = 65;

    /// <summary>Signature length: <c>r ‖ s ‖ recoveryId</c>.</summary>
    public const int SignatureLength = 65;

    /// <summary>Length of the digest that is signed.</summary>
    public const int HashLength = 32;

    private static readonly ECCurve Curve = ECCurve.CreateFromFriendlyName("secp256k1");

    /// <summary>Whether <paramref name="privateKey"/> is 32 bytes encoding an integer in [1, n − 1].</summary>
    public static bool IsValidPrivateKey(ReadOnlySpan<byte> privateKey)
    {
        if (privateKey.Length != PrivateKeyLength)
        {
            return false;
        }

        var d = Secp256k1Math.FromBytes(privateKey);
        return d.Sign > 0 && d < Secp256k1Math.N;
    }

    /// <summary>The 65-byte uncompressed public key of <paramref name="privateKey"/>.</summary>
    public static byte[] DerivePublicKey(ReadOnlySpan<byte> privateKey)
    {
        using var ecdsa = Import(privateKey);
        return ExportPublicKey(ecdsa);
    }

    /// <summary>
    /// Signs a 32-byte <paramref name="hash"/>; returns <c>r ‖ s ‖ recoveryId</c> (65 bytes) with s in the lower half
    /// of the order and recoveryId 0 or 1.
    /// </summary>
    public static byte[] Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> hash)
    {
        if (hash.Length != HashLength)
        {
            throw new ArgumentException($"secp256k1 signs a {HashLength}-byte digest.", nameof(hash));
        }

        byte[] publicKey;
        byte[] raw;
        using (var ecdsa = Import(privateKey))
        {
            publicKey = ExportPublicKey(ecdsa);
            raw = ecdsa.SignHash(hash.ToArray(), DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }

        var r = Secp256k1Math.FromBytes(raw.AsSpan(0, 32));
        var s = Secp256k1Math.FromBytes(raw.AsSpan(32, 32));
        if (s > Secp256k1Math.HalfN)
        {
            s = Secp256k1Math.N - s;
        }

        var signature = new byte[SignatureLength];
        Secp256k1Math.ToBytes32(r, signature.AsSpan(0, 32));
        Secp256k1Math.ToBytes32(s, signature.AsSpan(32, 32));
        var recoveryId = Secp256k1Math.RecoveryId(
            Secp256k1Math.FromBytes(hash), r, s, Secp256k1Math.FromBytes(publicKey.AsSpan(1, 32)), Secp256k1Math.FromBytes(publicKey.AsSpan(33, 32)));

        // Null only when R.x ≥ n (probability about 2^-128), which Ethereum cannot express with v in {0, 1}.
        signature[64] = recoveryId is { } id ? (byte)id : throw new CryptographicException("The signature has no Ethereum-compatible recovery id.");
        return signature;
    }

    /// <summary>
    /// Recovers the 65-byte public key from a 32-byte <paramref name="hash"/> and a 65-byte signature
    /// <c>r ‖ s ‖ v</c> (v: 0, 1, 27 or 28). Returns null for an invalid or unrecoverable signature.
    /// High-S signatures are rejected (Ethereum requires low-S since Homestead).
    /// </summary>
    public static byte[]? RecoverPublicKey(ReadOnlySpan<byte> hash, ReadOnlySpan<byte> signature)
    {
        if (hash.Length != HashLength || signature.Length != SignatureLength)
        {
            return null;
        }

        int recoveryId = signature[64];
        if (recoveryId >= 27)
        {
            recoveryId -= 27;
        }

        if (recoveryId is < 0 or > 1)
        {
            return null;
        }

        var r = Secp256k1Math.FromBytes(signature[..32]);
        var s = Secp256k1Math.FromBytes(signature.Slice(32, 32));
        if (s > Secp256k1Math.HalfN)
        {
            return null;
        }

        var point = Secp256k1Math.Recover(Secp256k1Math.FromBytes(hash), r, s, recoveryId);
        if (point is not { } q)
        {
            return null;
        }

        var publicKey = new byte[PublicKeyLength];
        publicKey[0] = 0x04;
        Secp256k1Math.ToBytes32(q.X, publicKey.AsSpan(1, 32));
        Secp256k1Math.ToBytes32(q.Y, publicKey.AsSpan(33, 32));
        return publicKey;
    }

    private static ECDsa Import(ReadOnlySpan<byte> privateKey)
    {
        if (!IsValidPrivateKey(privateKey))
        {
            throw new ArgumentException("A secp256k1 private key is 32 bytes in the range [1, n-1].", nameof(privateKey));
        }

        var d = privateKey.ToArray();
        try
        {
            return ECDsa.Create(new ECParameters { Curve = Curve, D = d });
        }
        finally
        {
            CryptographicOperations.ZeroMemory(d);
        }
    }

    private static byte[] ExportPublicKey(ECDsa ecdsa)
    {
        var q = ecdsa.ExportParameters(includePrivateParameters: false).Q;
        var publicKey = new byte[PublicKeyLength];
        publicKey[0] = 0x04;
        q.X.AsSpan().CopyTo(publicKey.AsSpan(1 + 32 - q.X!.Length));
        q.Y.AsSpan().CopyTo(publicKey.AsSpan(33 + 32 - q.Y!.Length));
        return publicKey;
    }
}
