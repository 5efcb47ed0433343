using WaiaaS.Core.DataDirectory;

namespace WaiaaS.Core.Tests.DataDirectory;

public sealed class DataDirectoryLayoutTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "waiaas-layout");
    private readonly DataDirectoryLayout _layout = new(Root);

    [Fact]
    public void Layout_PlacesFilesAtTheRoot()
    {
        Assert.Equal(Root, _layout.Root);
        Assert.Equal(Path.Combine(Root, "config.toml"), _layout.ConfigFile);
        Assert.Equal(Path.Combine(Root, "daemon.pid"), _layout.PidFile);
        Assert.Equal(Path.Combine(Root, "daemon.lock"), _layout.LockFile);
        Assert.Equal(Path.Combine(Root, "daemon.port"), _layout.PortFile);
        Assert.Equal(Path.Combine(Root, "mcp-token"), _layout.McpTokenFile);
    }

    [Fact]
    public void Layout_PlacesFoldersAndNestedFiles()
    {
        Assert.Equal(Path.Combine(Root, "data"), _layout.DataFolder);
        Assert.Equal(Path.Combine(Root, "keystore"), _layout.KeystoreFolder);
        Assert.Equal(Path.Combine(Root, "mcp-tokens"), _layout.McpTokensFolder);
        Assert.Equal(Path.Combine(Root, "logs"), _layout.LogsFolder);
        Assert.Equal(Path.Combine(Root, "logs", "daemon.log"), _layout.DaemonLogFile);
        Assert.Equal(Path.Combine(Root, "backups"), _layout.BackupsFolder);
        Assert.Equal(Path.Combine(Root, "mcp-tokens", "wallet-1"), _layout.McpTokenFileFor("wallet-1"));
    }

    [Fact]
    public void Folders_ListsRootFirstThenEveryFolder()
    {
        Assert.Equal(
            [Root, _layout.DataFolder, _layout.KeystoreFolder, _layout.McpTokensFolder, _layout.LogsFolder, _layout.BackupsFolder],
            _layout.Folders);
    }

    [Fact]
    public void DatabaseFile_ResolvesRelativePathUnderRoot()
    {
        Assert.Equal(Path.Combine(Root, "data", "waiaas.db"), _layout.DatabaseFile("data/waiaas.db"));
    }

    [Fact]
    public void DatabaseFile_KeepsAbsolutePath()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "elsewhere", "w.db");

        Assert.Equal(absolute, _layout.DatabaseFile(absolute));
    }
}
