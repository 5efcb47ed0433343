using System.Runtime.Versioning;

namespace WaiaaS.Core.FileSystem;

/// <summary>The POSIX modes WaiaaS gives what it creates: folders 0700, secret files 0600.</summary>
public static class PrivateFileModes
{
    /// <summary>rwx for the owner only.</summary>
    public const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>rw for the owner only.</summary>
    public const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Bits that let other users change a folder's contents.</summary>
    public const UnixFileMode WritableByOthers = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>Whether POSIX modes apply (not on Windows, where the user profile's ACL protects the files).</summary>
    [UnsupportedOSPlatformGuard("windows")]
    public static bool Supported => !OperatingSystem.IsWindows();

    /// <summary>Whether <paramref name="path"/> is a symbolic link (checked without following it).</summary>
    public static bool IsSymbolicLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>Creates a folder (and missing parents) with mode 0700, whatever the umask.</summary>
    public static void CreatePrivateFolder(string path)
    {
        if (!Supported)
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, Folder);
        System.IO.File.SetUnixFileMode(path, Folder);
    }

    /// <summary>Octal text of a mode, e.g. <c>0755</c>.</summary>
    public static string Octal(UnixFileMode mode) => "0" + Convert.ToString((int)mode, 8);
}
