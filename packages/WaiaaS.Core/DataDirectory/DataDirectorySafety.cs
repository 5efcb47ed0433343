using WaiaaS.Core.FileSystem;

namespace WaiaaS.Core.DataDirectory;

/// <summary>Refuses data directories that other users could redirect or tamper with.</summary>
public static class DataDirectorySafety
{
    /// <summary>Why <paramref name="folder"/> must not be used, or null when it is safe (or does not exist yet).</summary>
    public static string? Check(string folder)
    {
        if (PrivateFileModes.IsSymbolicLink(folder))
        {
            return $"{folder} is a symbolic link. Use the real folder it points to (--data-dir <target>), so the keys cannot be redirected by changing the link.";
        }

        if (File.Exists(folder))
        {
            return $"{folder} exists and is not a folder.";
        }

        if (!Directory.Exists(folder) || !PrivateFileModes.Supported)
        {
            return null;
        }

        var mode = File.GetUnixFileMode(folder);
        return (mode & PrivateFileModes.WritableByOthers) != 0
            ? $"{folder} is writable by other users (mode {PrivateFileModes.Octal(mode)}). Fix it with: chmod 700 {folder}"
            : null;
    }
}
