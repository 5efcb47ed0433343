using System.Security.Cryptography;

namespace WaiaaS.Core.FileSystem;

/// <summary>
/// Replaces a file atomically: a unique temporary file in the same folder (pid + random), mode set before
/// any data is written, flushed to disk, then renamed over the target. Readers see the old or the new
/// content, never a mix; a crash leaves at most a stray temporary file. Refuses to write through a symlink.
/// </summary>
public static class AtomicFileWriter
{
    private const int WindowsRenameAttempts = 5;

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> with mode 0600 (POSIX).</summary>
    /// <exception cref="UnsafePathException">The target is a symbolic link.</exception>
    public static void Write(string path, ReadOnlySpan<byte> content) => Write(path, content, PrivateFileModes.File);

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> with <paramref name="mode"/> (POSIX).</summary>
    /// <exception cref="UnsafePathException">The target is a symbolic link.</exception>
    public static void Write(string path, ReadOnlySpan<byte> content, UnixFileMode mode)
    {
        var fullPath = Path.GetFullPath(path);
        if (PrivateFileModes.IsSymbolicLink(fullPath))
        {
            throw new UnsafePathException($"{fullPath} is a symbolic link; refusing to write through it. Remove the link and try again.");
        }

        var folder = Path.GetDirectoryName(fullPath)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.tmp");
        try
        {
            WriteNew(temporary, content, mode);
            Rename(temporary, fullPath);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void WriteNew(string temporary, ReadOnlySpan<byte> content, UnixFileMode mode)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (PrivateFileModes.Supported)
        {
            options.UnixCreateMode = mode;
        }

        using var stream = new FileStream(temporary, options);
        if (PrivateFileModes.Supported)
        {
            // The umask may have removed bits from UnixCreateMode; set the exact mode before any data is written.
            File.SetUnixFileMode(stream.SafeFileHandle, mode);
        }

        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }

    private static void Rename(string temporary, string target)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                File.Move(temporary, target, overwrite: true);
                return;
            }
            catch (IOException) when (OperatingSystem.IsWindows() && attempt < WindowsRenameAttempts)
            {
                // Windows refuses to replace a file another process has open (antivirus, a reader); such locks are brief.
                Thread.Sleep(50 * attempt);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a stray temporary file is harmless and never read as the target.
        }
    }
}
