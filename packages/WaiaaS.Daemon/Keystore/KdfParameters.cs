using WaiaaS.Core.Configuration;
using WaiaaS.Core.Crypto;

namespace WaiaaS.Daemon.Keystore;

/// <summary>The Argon2id parameters and salt the master password is stretched with. Recorded in every key file and in the verifier.</summary>
/// <param name="Iterations">Argon2id time cost.</param>
/// <param name="MemoryKib">Argon2id memory cost in KiB.</param>
/// <param name="Salt">16 random bytes, fixed when the master password is first set.</param>
internal sealed record KdfParameters(long Iterations, long MemoryKib, byte[] Salt)
{
    /// <summary>Name written to files.</summary>
    public const string Algorithm = "argon2id";

    /// <summary>Fresh parameters from the configuration with a new random salt.</summary>
    public static KdfParameters CreateNew(KeystoreSettings settings) =>
        new(settings.Argon2Iterations, settings.Argon2MemoryKib, System.Security.Cryptography.RandomNumberGenerator.GetBytes(Argon2id.SaltLength));

    /// <summary>Whether two parameter sets stretch a password to the same key.</summary>
    public bool SameAs(KdfParameters other) =>
        Iterations == other.Iterations && MemoryKib == other.MemoryKib && Salt.AsSpan().SequenceEqual(other.Salt);
}
