using System.Text;
using WaiaaS.Core.DataDirectory;
using WaiaaS.Core.FileSystem;
using WaiaaS.Core.Tests.FileSystem;

namespace WaiaaS.Core.Tests.DataDirectory;

public sealed class DataDirectoryInitializerTests : IDisposable
{
    private const string ConfigText = "# WaiaaS configuration\n[daemon]\n# port = 3100\n";
    private readonly TempFolder _temp = new();
    private readonly DataDirectoryLayout _layout;

    public DataDirectoryInitializerTests() => _layout = new DataDirectoryLayout(_temp.Combine("home", ".waiaas"));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Initialize_WhenEmpty_CreatesEveryFolderAndConfigInOrder()
    {
        var result = DataDirectoryInitializer.Initialize(_layout, ConfigText);

        Assert.True(result.Succeeded);
        Assert.Null(result.Refusal);
        Assert.False(result.WasAlreadyInitialized);
        Assert.Equal([.. _layout.Folders, _layout.ConfigFile], result.Created);
        Assert.All(_layout.Folders, folder => Assert.True(Directory.Exists(folder), folder));
        Assert.Equal(ConfigText, File.ReadAllText(_layout.ConfigFile, Encoding.UTF8));
        Assert.Equal(Encoding.UTF8.GetBytes(ConfigText), File.ReadAllBytes(_layout.ConfigFile));
    }

    [Fact]
    public void Initialize_OnPosix_CreatesFolders0700AndConfig0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no POSIX modes
        }

        var result = DataDirectoryInitializer.Initialize(_layout, ConfigText);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Warnings);
        foreach (var folder in _layout.Folders)
        {
            Assert.Equal((folder, PrivateFileModes.Folder), (folder, File.GetUnixFileMode(folder)));
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_layout.ConfigFile));
    }

    [Fact]
    public void Initialize_WhenRunTwice_ReportsAlreadyInitializedAndKeepsConfigBytes()
    {
        DataDirectoryInitializer.Initialize(_layout, ConfigText);
        var before = File.ReadAllBytes(_layout.ConfigFile);

        var second = DataDirectoryInitializer.Initialize(_layout, "[daemon]\nport = 9999\n");

        Assert.True(second.Succeeded);
        Assert.True(second.WasAlreadyInitialized);
        Assert.Empty(second.Created);
        Assert.Equal(before, File.ReadAllBytes(_layout.ConfigFile));
    }

    [Fact]
    public void Initialize_WhenOperatorEditedConfig_LeavesItAlone()
    {
        DataDirectoryInitializer.Initialize(_layout, ConfigText);
        File.WriteAllText(_layout.ConfigFile, "[daemon]\nport = 4000\n");

        var second = DataDirectoryInitializer.Initialize(_layout, ConfigText);

        Assert.True(second.WasAlreadyInitialized);
        Assert.Equal("[daemon]\nport = 4000\n", File.ReadAllText(_layout.ConfigFile));
    }

    [Fact]
    public void Initialize_WhenLayoutPartiallyPresent_CreatesOnlyWhatIsMissing()
    {
        PrivateFileModes.CreatePrivateFolder(_layout.Root);
        PrivateFileModes.CreatePrivateFolder(_layout.KeystoreFolder);
        File.WriteAllText(Path.Combine(_layout.KeystoreFolder, "marker"), "keep");

        var result = DataDirectoryInitializer.Initialize(_layout, ConfigText);

        Assert.True(result.Succeeded);
        Assert.False(result.WasAlreadyInitialized);
        Assert.Equal([_layout.DataFolder, _layout.McpTokensFolder, _layout.LogsFolder, _layout.BackupsFolder, _layout.ConfigFile], result.Created);
        Assert.All(_layout.Folders, folder => Assert.True(Directory.Exists(folder), folder));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(_layout.KeystoreFolder, "marker")));
    }

    [Fact]
    public void Initialize_WhenConfigIsAFolder_RefusesWithoutThrowing()
    {
        Directory.CreateDirectory(_layout.ConfigFile);

        var result = DataDirectoryInitializer.Initialize(_layout, ConfigText);

        Assert.False(result.Succeeded);
        Assert.Equal($"{_layout.ConfigFile} is a folder; move it away so the configuration file can be written.", result.Refusal);
        Assert.True(Directory.Exists(_layout.ConfigFile));
    }

    [Fact]
    public void Initialize_WhenConfigIsSymlink_RefusesAndLeavesTargetUntouched()
    {
        PrivateFileModes.CreatePrivateFolder(_layout.Root);
        var target = _temp.Combine("victim.txt");
        File.WriteAllText(target, "original");
        File.CreateSymbolicLink(_layout.ConfigFile, target);

        var result = DataDirectoryInitializer.Initialize(_layout, ConfigText);

        Assert.False(result.Succeeded);
        Assert.False(result.WasAlreadyInitialized);
        Assert.Equal($"{_layout.ConfigFile} is a symbolic link; replace it with a regular file.", result.Refusal);
        Assert.Equal("original", File.ReadAllText(target));
    }

    [Fact]
    public void Initialize_WhenRootIsSymlink_RefusesBeforeCreatingAnything()
    {
        var real = _temp.Combine("real");
        Directory.CreateDirectory(real);
        Directory.CreateDirectory(Path.GetDirectoryName(_layout.Root)!);
        Directory.CreateSymbolicLink(_layout.Root, real);

        var result = DataDirectoryInitializer.Initialize(_layout, ConfigText);

        Assert.False(result.Succeeded);
        Assert.StartsWith($"{_layout.Root} is a symbolic link.", result.Refusal);
        Assert.Empty(result.Created);
        Assert.Empty(Directory.GetFileSystemEntries(real));
    }

    [Fact]
    public void Initialize_WhenSubfolderIsWorldWritable_Refuses()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no POSIX modes
        }

        PrivateFileModes.CreatePrivateFolder(_layout.Root);
        Directory.CreateDirectory(_layout.LogsFolder);
        File.SetUnixFileMode(_layout.LogsFolder, (UnixFileMode)0b111_111_111);

        var result = DataDirectoryInitializer.Initialize(_layout, ConfigText);

        Assert.False(result.Succeeded);
        Assert.Equal($"{_layout.LogsFolder} is writable by other users (mode 0777). Fix it with: chmod 700 {_layout.LogsFolder}", result.Refusal);
        Assert.False(File.Exists(_layout.ConfigFile));
    }
}
