using System.Collections.Concurrent;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Crypto;
using WaiaaS.Core.FileSystem;
using WaiaaS.Core.Keys;

namespace WaiaaS.Daemon.Keystore;

/// <summary>
/// The keystore folder (SPEC §5): one AES-256-GCM file per wallet, written atomically with mode 0600, encrypted under
/// a per-wallet key derived from the key-encryption key that was unlocked once at start. Nothing here runs Argon2.
/// </summary>
internal sealed class FileKeyStore(string folder, UnlockedSecrets secrets, TimeProvider time) : IKeyStore
{
    private readonly ConcurrentDictionary<string, KeyFileDocument> _documents = new(StringComparer.Ordinal);

    public string Folder { get; } = folder;

    public StoredKey Create(string walletId, IKeyScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var path = PathFor(walletId);
        if (File.Exists(path))
        {
            throw new InvalidOperationException($"a key file already exists for wallet {walletId}");
        }

        using var privateKey = GuardedBuffer.Allocate(scheme.PrivateKeyLength);
        privateKey.Write(scheme.GeneratePrivateKey);
        var document = privateKey.Read(secret =>
        {
            var publicKey = scheme.DerivePublicKey(secret);
            var address = scheme.AddressFromPublicKey(publicKey);
            return KeyFileCodec.Encrypt(
                secrets.KeyEncryptionKey,
                secrets.Kdf,
                walletId,
                ChainName(scheme),
                scheme.Curve,
                publicKey,
                address,
                secret,
                time.GetUtcNow().ToUnixTimeSeconds());
        });
        AtomicFileWriter.Write(path, KeyFileCodec.Serialize(document));
        _documents[walletId] = document;
        return new StoredKey(walletId, Convert.FromHexString(document.PublicKey), document.Address);
    }

    public bool Exists(string walletId) => File.Exists(PathFor(walletId));

    public ITransactionSigner GetSigner(string walletId, IKeyScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var document = Load(walletId);
        if (document.Curve != scheme.Curve)
        {
            throw new KeystoreFormatException($"wallet {walletId} holds a {document.Curve} key, not {scheme.Curve}");
        }

        return new KeystoreSigner(this, walletId, scheme, document.Address);
    }

    public bool Delete(string walletId)
    {
        var path = PathFor(walletId);
        _documents.TryRemove(walletId, out _);
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    /// <summary>Decrypts the wallet's key into guarded memory for the duration of <paramref name="use"/>, then wipes it.</summary>
    public T UsePrivateKey<T>(string walletId, SecretReader<T> use)
    {
        var document = Load(walletId);
        using var privateKey = KeyFileCodec.Decrypt(secrets.KeyEncryptionKey, document);
        return privateKey.Read(use);
    }

    /// <summary>Removes temporary files a crash left behind (they never hold a complete key file under a final name).</summary>
    public int RemoveStrayTemporaryFiles()
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(Folder, ".*.tmp"))
        {
            File.Delete(file);
            removed++;
        }

        return removed;
    }

    internal static string ChainName(IKeyScheme scheme) => scheme.Chain.ToString().ToLowerInvariant();

    private KeyFileDocument Load(string walletId)
    {
        if (_documents.TryGetValue(walletId, out var cached))
        {
            return cached;
        }

        var path = PathFor(walletId);
        var document = KeyFileCodec.Parse(File.ReadAllBytes(path), path);
        if (document.WalletId != walletId)
        {
            throw new KeystoreFormatException($"{path} belongs to wallet {document.WalletId}");
        }

        if (!document.Kdf.ToParameters().SameAs(secrets.Kdf))
        {
            throw new KeystoreFormatException($"{path} was encrypted under a different master password setup");
        }

        return _documents.GetOrAdd(walletId, document);
    }

    private string PathFor(string walletId)
    {
        if (!Guid.TryParse(walletId, out var id) || id.ToString() != walletId)
        {
            throw new ArgumentException("wallet ids are lowercase UUID strings", nameof(walletId));
        }

        return Path.Combine(Folder, walletId + ".json");
    }
}
