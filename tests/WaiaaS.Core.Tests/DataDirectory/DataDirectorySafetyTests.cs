using WaiaaS.Core.DataDirectory;
using WaiaaS.Core.Tests.FileSystem;

namespace WaiaaS.Core.Tests.DataDirectory;

public sealed class DataDirectorySafetyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Check_WhenFolderDoesNotExist_AcceptsIt()
    {
        Assert.Null(DataDirectorySafety.Check(_temp.Combine("not-yet")));
    }

    [Fact]
    public void Check_WhenFolderIsSymlink_RefusesAndNamesTarget()
    {
        var real = _temp.Combine("real");
        Directory.CreateDirectory(real);
        var link = _temp.Combine("link");
        Directory.CreateSymbolicLink(link, real);

        var reason = DataDirectorySafety.Check(link);

        Assert.Equal($"{link} is a symbolic link. Use the real folder it points to (--data-dir <target>), so the keys cannot be redirected by changing the link.", reason);
    }

    [Fact]
    public void Check_WhenSymlinkCreatedWithFileApiPointsToFolder_RefusesIt()
    {
        var real = _temp.Combine("real");
        Directory.CreateDirectory(real);
        var link = _temp.Combine("link");
        File.CreateSymbolicLink(link, real);

        Assert.StartsWith($"{link} is a symbolic link.", DataDirectorySafety.Check(link));
    }

    [Fact]
    public void Check_WhenSymlinkIsDangling_RefusesIt()
    {
        var link = _temp.Combine("link");
        File.CreateSymbolicLink(link, _temp.Combine("gone"));

        Assert.StartsWith($"{link} is a symbolic link.", DataDirectorySafety.Check(link));
    }

    [Fact]
    public void Check_WhenPathIsAFile_RefusesIt()
    {
        var file = _temp.Combine("waiaas");
        File.WriteAllText(file, "");

        Assert.Equal($"{file} exists and is not a folder.", DataDirectorySafety.Check(file));
    }

    [Theory]
    [InlineData(0b111_111_111, "0777")]
    [InlineData(0b111_111_000, "0770")]
    [InlineData(0b111_000_010, "0702")]
    public void Check_WhenFolderIsWritableByOthers_RefusesWithChmodHint(int mode, string octal)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no POSIX modes
        }

        var folder = _temp.Combine("data");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, (UnixFileMode)mode);

        Assert.Equal($"{folder} is writable by other users (mode {octal}). Fix it with: chmod 700 {folder}", DataDirectorySafety.Check(folder));
    }

    [Theory]
    [InlineData(0b111_000_000)]
    [InlineData(0b111_101_101)]
    public void Check_WhenFolderIsNotWritableByOthers_AcceptsIt(int mode)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no POSIX modes
        }

        var folder = _temp.Combine("data");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, (UnixFileMode)mode);

        Assert.Null(DataDirectorySafety.Check(folder));
    }
}
