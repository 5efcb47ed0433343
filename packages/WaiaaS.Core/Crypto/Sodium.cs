using System.Reflection;
using System.Runtime.InteropServices;

namespace WaiaaS.Core.Crypto;

/// <summary>
/// Loads the system libsodium once per process (trying the names it has on Linux, macOS and Windows) and
/// initialises it. Every type in this folder calls <see cref="EnsureInitialized"/> before its first native call.
/// </summary>
public static class Sodium
{
    private static readonly string[] CandidateNames =
    [
        "libsodium",
        "libsodium.so.23",
        "libsodium.so.26",
        "libsodium.so",
        "libsodium.dylib",
        "/opt/homebrew/lib/libsodium.dylib",
        "/usr/local/lib/libsodium.dylib",
        "libsodium.dll",
    ];

    private static readonly Lazy<string> Initialization = new(Initialize, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads and initialises libsodium; throws <see cref="SodiumUnavailableException"/> with an install hint when it is missing.</summary>
    public static void EnsureInitialized() => _ = Initialization.Value;

    /// <summary>The loaded libsodium's version string, e.g. <c>1.0.18</c>.</summary>
    public static string Version => Initialization.Value;

    private static string Initialize()
    {
        NativeLibrary.SetDllImportResolver(typeof(Sodium).Assembly, Resolve);
        try
        {
            if (SodiumNative.Init() < 0)
            {
                throw new SodiumUnavailableException("sodium_init failed");
            }

            return Marshal.PtrToStringAnsi(SodiumNative.VersionString()) ?? "unknown";
        }
        catch (DllNotFoundException e)
        {
            throw new SodiumUnavailableException("library not found", e);
        }
        catch (EntryPointNotFoundException e)
        {
            throw new SodiumUnavailableException("library too old", e);
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != SodiumNative.LibraryName)
        {
            return IntPtr.Zero;
        }

        foreach (var name in CandidateNames)
        {
            if (NativeLibrary.TryLoad(name, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }
}
