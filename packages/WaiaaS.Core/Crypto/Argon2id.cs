using System.Security.Cryptography;

namespace WaiaaS.Core.Crypto;

/// <summary>Argon2id v1.3 (RFC 9106) through libsodium's <c>crypto_pwhash</c>; libsodium runs it with one lane.</summary>
public static unsafe class Argon2id
{
    /// <summary>Salt length libsodium requires.</summary>
    public const int SaltLength = 16;

    /// <summary>Smallest iteration count libsodium accepts for Argon2id.</summary>
    public const long MinIterations = 1;

    /// <summary>Smallest memory cost in KiB libsodium accepts.</summary>
    public const long MinMemoryKib = 8;

    private const int AlgorithmArgon2id13 = 2;

    /// <summary>Stretches <paramref name="password"/> into <paramref name="output"/> (at least 16 bytes).</summary>
    public static void DeriveKey(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, long iterations, long memoryKib, Span<byte> output)
    {
        if (salt.Length != SaltLength)
        {
            throw new ArgumentException($"The Argon2id salt is {SaltLength} bytes.", nameof(salt));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinIterations);
        ArgumentOutOfRangeException.ThrowIfLessThan(memoryKib, MinMemoryKib);
        ArgumentOutOfRangeException.ThrowIfLessThan(output.Length, 16);
        Sodium.EnsureInitialized();
        fixed (byte* outputPointer = output)
        fixed (byte* passwordPointer = password)
        fixed (byte* saltPointer = salt)
        {
            var result = SodiumNative.PasswordHash(
                outputPointer,
                (ulong)output.Length,
                passwordPointer,
                (ulong)password.Length,
                saltPointer,
                (ulong)iterations,
                (nuint)(memoryKib * 1024),
                AlgorithmArgon2id13);
            if (result != 0)
            {
                throw new CryptographicException("Argon2id failed (out of memory or parameters out of range).");
            }
        }
    }
}
