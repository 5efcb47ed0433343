using System.Runtime.InteropServices;

namespace WaiaaS.Core.Crypto;

/// <summary>The libsodium entry points this project uses. Loaded through <see cref="Sodium"/>, which installs the resolver.</summary>
internal static unsafe partial class SodiumNative
{
    internal const string LibraryName = "libsodium";

    [LibraryImport(LibraryName, EntryPoint = "sodium_init")]
    internal static partial int Init();

    [LibraryImport(LibraryName, EntryPoint = "sodium_malloc")]
    internal static partial void* Malloc(nuint size);

    [LibraryImport(LibraryName, EntryPoint = "sodium_free")]
    internal static partial void Free(void* pointer);

    [LibraryImport(LibraryName, EntryPoint = "sodium_mprotect_noaccess")]
    internal static partial int ProtectNoAccess(void* pointer);

    [LibraryImport(LibraryName, EntryPoint = "sodium_mprotect_readonly")]
    internal static partial int ProtectReadOnly(void* pointer);

    [LibraryImport(LibraryName, EntryPoint = "sodium_mprotect_readwrite")]
    internal static partial int ProtectReadWrite(void* pointer);

    [LibraryImport(LibraryName, EntryPoint = "sodium_memzero")]
    internal static partial void MemZero(void* pointer, nuint length);

    [LibraryImport(LibraryName, EntryPoint = "crypto_pwhash")]
    internal static partial int PasswordHash(
        byte* output,
        ulong outputLength,
        byte* password,
        ulong passwordLength,
        byte* salt,
        ulong opsLimit,
        nuint memLimit,
        int algorithm);

    [LibraryImport(LibraryName, EntryPoint = "crypto_sign_seed_keypair")]
    internal static partial int SignSeedKeyPair(byte* publicKey, byte* secretKey, byte* seed);

    [LibraryImport(LibraryName, EntryPoint = "crypto_sign_detached")]
    internal static partial int SignDetached(byte* signature, ulong* signatureLength, byte* message, ulong messageLength, byte* secretKey);

    [LibraryImport(LibraryName, EntryPoint = "crypto_sign_verify_detached")]
    internal static partial int VerifyDetached(byte* signature, byte* message, ulong messageLength, byte* publicKey);

    [LibraryImport(LibraryName, EntryPoint = "sodium_version_string")]
    internal static partial nint VersionString();
}
