using System.Security.Cryptography;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Daemon.Keystore;

/// <summary>
/// Offline recovery check (<c>waiaas keystore verify</c>): with only the keystore folder and the master password,
/// decrypts every key file, re-derives its public key and address, and compares them with the file's header.
/// Proves the folder plus the password is enough to recover every key; nothing is printed or kept.
/// </summary>
public static class KeystoreRecovery
{
    /// <summary>Checks every <c>*.json</c> file in <paramref name="folder"/>.</summary>
    public static IReadOnlyList<KeyFileCheck> Verify(string folder, ReadOnlySpan<byte> password, IReadOnlyList<IKeyScheme> schemes)
    {
        ArgumentNullException.ThrowIfNull(schemes);
        var results = new List<KeyFileCheck>();
        var unlocked = new List<UnlockedSecrets>();
        var passwordCopy = password.ToArray();
        try
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                results.Add(Check(path, passwordCopy, schemes, unlocked));
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(passwordCopy);
            unlocked.ForEach(secrets => secrets.Dispose());
        }

        return results;
    }

    private static KeyFileCheck Check(string path, byte[] password, IReadOnlyList<IKeyScheme> schemes, List<UnlockedSecrets> unlocked)
    {
        var name = Path.GetFileName(path);
        KeyFileDocument document;
        try
        {
            document = KeyFileCodec.Parse(File.ReadAllBytes(path), name);
        }
        catch (KeystoreFormatException e)
        {
            return new KeyFileCheck(name, null, null, null, false, e.Message);
        }

        var scheme = schemes.FirstOrDefault(s => s.Curve == document.Curve && FileKeyStore.ChainName(s) == document.Chain);
        if (scheme is null)
        {
            return Failed(document, name, $"no key scheme for {document.Chain}/{document.Curve}");
        }

        if (name != document.WalletId + ".json")
        {
            return Failed(document, name, "the file name does not match the wallet id inside");
        }

        var kdf = document.Kdf.ToParameters();
        var secrets = unlocked.FirstOrDefault(s => s.Kdf.SameAs(kdf));
        if (secrets is null)
        {
            secrets = MasterKeyDerivation.Derive(password, kdf);
            unlocked.Add(secrets);
        }

        try
        {
            using var privateKey = KeyFileCodec.Decrypt(secrets.KeyEncryptionKey, document);
            var publicKey = privateKey.Read(scheme.DerivePublicKey);
            if (Convert.ToHexStringLower(publicKey) != document.PublicKey)
            {
                return Failed(document, name, "the decrypted key does not match the recorded public key");
            }

            return scheme.AddressFromPublicKey(publicKey) == document.Address
                ? new KeyFileCheck(name, document.WalletId, document.Chain, document.Address, true, null)
                : Failed(document, name, "the recorded address does not match the key");
        }
        catch (CryptographicException)
        {
            return Failed(document, name, "decryption failed: wrong master password, or the file was modified");
        }
    }

    private static KeyFileCheck Failed(KeyFileDocument document, string name, string reason) =>
        new(name, document.WalletId, document.Chain, document.Address, false, reason);
}
