using System.Text;
using WaiaaS.Core.FileSystem;

namespace WaiaaS.Core.Tests.FileSystem;

public sealed class AtomicFileWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Write_WhenFileIsNew_WritesExactBytes()
    {
        var path = _folder.Combine("config.toml");
        var bytes = Encoding.UTF8.GetBytes("[daemon]\nport = 3100\n");

        AtomicFileWriter.Write(path, bytes);

        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Write_OnPosix_GivesMode0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX modes only
        }

        var path = _folder.Combine("secret");

        AtomicFileWriter.Write(path, "x"u8);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Write_OnPosix_AppliesExplicitModeExactly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX modes only
        }

        var path = _folder.Combine("public");
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;

        AtomicFileWriter.Write(path, "x"u8, mode);

        // 0646 includes other-write, which a typical umask (022) would strip: the mode is set explicitly.
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Write_WhenFileExists_ReplacesContentAndTightensMode()
    {
        var path = _folder.Combine("config.toml");
        File.WriteAllText(path, "old content that is longer than the new one\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)0b110_110_100);
        }

        AtomicFileWriter.Write(path, "new\n"u8);

        Assert.Equal("new\n", File.ReadAllText(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(PrivateFileModes.File, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void Write_WhenTargetIsSymlink_ThrowsAndLeavesLinkTargetUntouched()
    {
        var target = _folder.Combine("elsewhere.txt");
        File.WriteAllText(target, "original");
        var link = _folder.Combine("config.toml");
        File.CreateSymbolicLink(link, target);

        var exception = Assert.Throws<UnsafePathException>(() => AtomicFileWriter.Write(link, "attacker"u8));

        Assert.Contains("is a symbolic link", exception.Message);
        Assert.Contains(link, exception.Message);
        Assert.Equal("original", File.ReadAllText(target));
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal(new string?[] { "config.toml", "elsewhere.txt" }, Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Write_WhenTargetIsDanglingSymlink_ThrowsAndCreatesNothing()
    {
        var target = _folder.Combine("not-there");
        var link = _folder.Combine("config.toml");
        File.CreateSymbolicLink(link, target);

        Assert.Throws<UnsafePathException>(() => AtomicFileWriter.Write(link, "x"u8));

        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Write_OnSuccess_LeavesNoTemporaryFiles()
    {
        var path = _folder.Combine("config.toml");

        AtomicFileWriter.Write(path, "one"u8);
        AtomicFileWriter.Write(path, "two"u8);

        Assert.Equal(new string?[] { "config.toml" }, Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName));
        Assert.Equal("two", File.ReadAllText(path));
    }

    [Fact]
    public void Write_WhenFolderIsMissing_ThrowsAndLeavesNothing()
    {
        var path = _folder.Combine("missing", "config.toml");

        Assert.ThrowsAny<IOException>(() => AtomicFileWriter.Write(path, "x"u8));

        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }
}
