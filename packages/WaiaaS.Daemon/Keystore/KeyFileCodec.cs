using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WaiaaS.Core.Crypto;

namespace WaiaaS.Daemon.Keystore;

/// <summary>Encrypts a private key into a <see cref="KeyFileDocument"/> and back (AES-256-GCM, header bound as associated data).</summary>
internal static class KeyFileCodec
{
    private const int NonceLength = 12;
    private const int TagLength = 16;
    internal const string CipherName = "aes-256-gcm";
    internal const string KeyDerivationName = "hkdf-sha256";

    public static KeyFileDocument Encrypt(
        GuardedBuffer kek,
        KdfParameters kdf,
        string walletId,
        string chain,
        string curve,
        ReadOnlySpan<byte> publicKey,
        string address,
        ReadOnlySpan<byte> privateKey,
        long createdAt)
    {
        var publicKeyHex = Convert.ToHexStringLower(publicKey);
        var nonce = RandomNumberGenerator.GetBytes(NonceLength);
        var ciphertext = new byte[privateKey.Length];
        var tag = new byte[TagLength];
        using (var gcm = CreateCipher(kek, walletId))
        {
            gcm.Encrypt(nonce, privateKey, ciphertext, tag, AssociatedData(walletId, chain, curve, publicKeyHex));
        }

        return new KeyFileDocument
        {
            Format = KeyFileDocument.FormatName,
            Version = KeyFileDocument.CurrentVersion,
            WalletId = walletId,
            Chain = chain,
            Curve = curve,
            PublicKey = publicKeyHex,
            Address = address,
            Kdf = KdfDocument.From(kdf),
            KeyDerivation = KeyDerivationName,
            Cipher = CipherName,
            Nonce = Convert.ToHexStringLower(nonce),
            Ciphertext = Convert.ToHexStringLower(ciphertext),
            Tag = Convert.ToHexStringLower(tag),
            CreatedAt = createdAt,
        };
    }

    /// <summary>Decrypts the private key into a new guarded buffer. Throws <see cref="CryptographicException"/> on a wrong key or tampering.</summary>
    public static GuardedBuffer Decrypt(GuardedBuffer kek, KeyFileDocument document)
    {
        Validate(document);
        var nonce = Hex(document.Nonce, "nonce");
        var ciphertext = Hex(document.Ciphertext, "ciphertext");
        var tag = Hex(document.Tag, "tag");
        var associated = AssociatedData(document.WalletId, document.Chain, document.Curve, document.PublicKey);
        var output = GuardedBuffer.Allocate(ciphertext.Length);
        try
        {
            using var gcm = CreateCipher(kek, document.WalletId);
            output.Write(plaintext => gcm.Decrypt(nonce, ciphertext, tag, plaintext, associated));
            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    public static byte[] Serialize(KeyFileDocument document) =>
        JsonSerializer.SerializeToUtf8Bytes(document, KeystoreJsonContext.Default.KeyFileDocument);

    public static KeyFileDocument Parse(ReadOnlySpan<byte> json, string source)
    {
        try
        {
            var document = JsonSerializer.Deserialize(json, KeystoreJsonContext.Default.KeyFileDocument)
                ?? throw new KeystoreFormatException($"{source}: empty document");
            Validate(document);
            return document;
        }
        catch (JsonException e)
        {
            throw new KeystoreFormatException($"{source}: not a keystore file ({e.Message})", e);
        }
    }

    internal static byte[] Hex(string value, string field)
    {
        try
        {
            return Convert.FromHexString(value);
        }
        catch (FormatException e)
        {
            throw new KeystoreFormatException($"field '{field}' is not hex", e);
        }
    }

    private static void Validate(KeyFileDocument document)
    {
        if (document.Format != KeyFileDocument.FormatName || document.Version != KeyFileDocument.CurrentVersion)
        {
            throw new KeystoreFormatException($"unsupported keystore format '{document.Format}' version {document.Version}");
        }

        if (document.Cipher != CipherName || document.KeyDerivation != KeyDerivationName)
        {
            throw new KeystoreFormatException($"unsupported cipher '{document.Cipher}' / key derivation '{document.KeyDerivation}'");
        }
    }

    private static AesGcm CreateCipher(GuardedBuffer kek, string walletId)
    {
        var key = new byte[MasterKeyDerivation.KeyLength];
        try
        {
            MasterKeyDerivation.DeriveWalletKey(kek, walletId, key);
            return new AesGcm(key, TagLength);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    // Binds the ciphertext to its header: a file renamed to another wallet, or with a swapped public key, fails to decrypt.
    private static byte[] AssociatedData(string walletId, string chain, string curve, string publicKeyHex) =>
        Encoding.UTF8.GetBytes($"{KeyFileDocument.FormatName}/v{KeyFileDocument.CurrentVersion}|{walletId}|{chain}|{curve}|{publicKeyHex}");
}
