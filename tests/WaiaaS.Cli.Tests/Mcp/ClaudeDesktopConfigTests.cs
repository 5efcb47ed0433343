using WaiaaS.Cli.Mcp;

namespace WaiaaS.Cli.Tests.Mcp;

public sealed class ClaudeDesktopConfigTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void PathFor_MacOS_IsUnderLibraryApplicationSupport()
    {
        var path = ClaudeDesktopConfig.PathFor(ClientPlatform.MacOS, "/Users/alice", NoEnvironment);

        Assert.Equal("/Users/alice/Library/Application Support/Claude/claude_desktop_config.json", path);
    }

    [Fact]
    public void PathFor_Windows_IsUnderAppData_WithBackslashes()
    {
        var environment = new Dictionary<string, string> { ["APPDATA"] = @"C:\Users\alice\AppData\Roaming" };

        var path = ClaudeDesktopConfig.PathFor(ClientPlatform.Windows, @"C:\Users\alice", environment);

        Assert.Equal(@"C:\Users\alice\AppData\Roaming\Claude\claude_desktop_config.json", path);
    }

    [Fact]
    public void PathFor_Windows_WithoutAppData_FallsBackToTheRoamingFolderOfTheProfile()
    {
        var path = ClaudeDesktopConfig.PathFor(ClientPlatform.Windows, @"C:\Users\alice\", NoEnvironment);

        Assert.Equal(@"C:\Users\alice\AppData\Roaming\Claude\claude_desktop_config.json", path);
    }

    [Fact]
    public void PathFor_Linux_IsUnderDotConfig()
    {
        var path = ClaudeDesktopConfig.PathFor(ClientPlatform.Linux, "/home/alice", NoEnvironment);

        Assert.Equal("/home/alice/.config/Claude/claude_desktop_config.json", path);
    }

    [Fact]
    public void PathFor_Linux_HonoursXdgConfigHome()
    {
        var environment = new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = "/srv/config/" };

        var path = ClaudeDesktopConfig.PathFor(ClientPlatform.Linux, "/home/alice", environment);

        Assert.Equal("/srv/config/Claude/claude_desktop_config.json", path);
    }

    [Fact]
    public void PathFor_Linux_IgnoresAnEmptyXdgConfigHome()
    {
        var environment = new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = "" };

        var path = ClaudeDesktopConfig.PathFor(ClientPlatform.Linux, "/home/alice", environment);

        Assert.Equal("/home/alice/.config/Claude/claude_desktop_config.json", path);
    }

    [Fact]
    public void CurrentPlatform_MatchesThisMachine()
    {
        var expected = OperatingSystem.IsWindows() ? ClientPlatform.Windows : OperatingSystem.IsMacOS() ? ClientPlatform.MacOS : ClientPlatform.Linux;

        Assert.Equal(expected, ClaudeDesktopConfig.CurrentPlatform);
    }
}
