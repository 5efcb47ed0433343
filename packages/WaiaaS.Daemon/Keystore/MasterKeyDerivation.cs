using System.Security.Cryptography;
using System.Text;
using WaiaaS.Core.Crypto;

namespace WaiaaS.Daemon.Keystore;

/// <summary>
/// The key schedule (SPEC §5, documented in docs/security.md): Argon2id(password) → master key, run once per unlock;
/// HKDF-SHA256 from it → the key-encryption key (guarded memory, lives while the daemon runs) and the password
/// verifier (stored); HKDF from the key-encryption key and the wallet id → each key file's AES-256-GCM key.
/// </summary>
internal static class MasterKeyDerivation
{
    internal const int KeyLength = 32;
    private static readonly byte[] KekInfo = Encoding.UTF8.GetBytes("waiaas/keystore/v1/kek");
    private static readonly byte[] VerifierInfo = Encoding.UTF8.GetBytes("waiaas/master-password/v1/verifier");
    private const string WalletKeyInfoPrefix = "waiaas/keystore/v1/wallet/";

    /// <summary>Runs Argon2id once and returns the key-encryption key and the verifier.</summary>
    public static UnlockedSecrets Derive(ReadOnlySpan<byte> password, KdfParameters parameters)
    {
        using var master = GuardedBuffer.Allocate(KeyLength);
        var passwordCopy = password.ToArray();
        try
        {
            master.Write(output => Argon2id.DeriveKey(passwordCopy, parameters.Salt, parameters.Iterations, parameters.MemoryKib, output));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(passwordCopy);
        }

        var kekBytes = new byte[KeyLength];
        try
        {
            var verifier = master.Read(masterKey =>
            {
                HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, kekBytes, [], KekInfo);
                var value = new byte[KeyLength];
                HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, value, [], VerifierInfo);
                return value;
            });
            var kek = GuardedBuffer.CopyFrom(kekBytes);
            kek.Seal();
            return new UnlockedSecrets(kek, verifier, parameters);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kekBytes);
        }
    }

    /// <summary>Derives the AES-256-GCM key of one wallet's file into <paramref name="destination"/>.</summary>
    public static void DeriveWalletKey(GuardedBuffer kek, string walletId, Span<byte> destination)
    {
        var info = Encoding.UTF8.GetBytes(WalletKeyInfoPrefix + walletId);
        var key = new byte[KeyLength];
        try
        {
            kek.Read(secret =>
            {
                HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, key, [], info);
                return 0;
            });
            key.CopyTo(destination);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
