using WaiaaS.Core.DataDirectory;
using WaiaaS.Core.FileSystem;

namespace WaiaaS.Daemon.Hosting;

/// <summary>
/// One daemon per data directory: an exclusive lock on <c>daemon.lock</c> held for the daemon's lifetime (the OS
/// releases it if the process dies, so a crash never leaves a stale lock).
/// </summary>
public sealed class DaemonInstanceLock : IDisposable
{
    private readonly FileStream _stream;

    private DaemonInstanceLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, or returns null when another process holds it.</summary>
    public static DaemonInstanceLock? TryAcquire(DataDirectoryLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (PrivateFileModes.Supported)
        {
            options.UnixCreateMode = PrivateFileModes.File;
        }

        try
        {
            return new DaemonInstanceLock(new FileStream(layout.LockFile, options));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Whether a daemon currently holds the lock of <paramref name="layout"/>.</summary>
    public static bool IsHeld(DataDirectoryLayout layout)
    {
        using var probe = TryAcquire(layout);
        return probe is null;
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();
}
