using WaiaaS.Core.Crypto;

namespace WaiaaS.Daemon.Keystore;

/// <summary>What one Argon2id run yields: the key-encryption key (guarded, sealed), the password verifier, and the parameters used.</summary>
internal sealed class UnlockedSecrets(GuardedBuffer keyEncryptionKey, byte[] verifier, KdfParameters kdf) : IDisposable
{
    /// <summary>Encrypts every wallet key file (through a per-wallet HKDF key).</summary>
    public GuardedBuffer KeyEncryptionKey { get; } = keyEncryptionKey;

    /// <summary>Stored in <c>key_value_store</c>; reveals nothing about the key-encryption key.</summary>
    public byte[] Verifier { get; } = verifier;

    /// <summary>The Argon2id parameters and salt that produced these secrets.</summary>
    public KdfParameters Kdf { get; } = kdf;

    public void Dispose() => KeyEncryptionKey.Dispose();
}
