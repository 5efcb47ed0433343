using WaiaaS.Tests.Shared;

namespace WaiaaS.Cli.IntegrationTests;

public sealed class PackagedToolTests(InstalledToolFixture tool) : IClassFixture<InstalledToolFixture>
{
    private static readonly string[] PackageIds =
        ["WaiaaS.Core", "WaiaaS.Adapters.Solana", "WaiaaS.Adapters.Evm", "WaiaaS.Daemon", "WaiaaS.Sdk", "WaiaaS.Mcp", "WaiaaS.Admin", "WaiaaS.Cli"];

    [Fact]
    public void Pack_ProducesAllEightPackagesWithTheOneVersion()
    {
        var produced = Directory.GetFiles(tool.Feed, "*.nupkg").Select(Path.GetFileName).Order().ToArray();

        Assert.Equal(PackageIds.Select(id => $"{id}.{RepositoryRoot.Version}.nupkg").Order().ToArray(), produced);
    }

    [Fact]
    public async Task InstalledTool_Version_PrintsVersionJson()
    {
        var run = await ProcessRunner.RunAsync(tool.Waiaas, ["--version"], tool.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(RepositoryRoot.Version, run.Output.Trim());
    }

    [Fact]
    public async Task InstalledTool_Init_CreatesTheDataDirectory_AndIsIdempotent()
    {
        var dataDir = Path.Combine(tool.Root, "data-dir");

        var first = await ProcessRunner.RunAsync(tool.Waiaas, ["init", "--data-dir", dataDir], tool.Root);
        var second = await ProcessRunner.RunAsync(tool.Waiaas, ["init", "--data-dir", dataDir], tool.Root);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(dataDir, first.Output.Trim());
        Assert.True(File.Exists(Path.Combine(dataDir, "config.toml")));
        Assert.True(Directory.Exists(Path.Combine(dataDir, "keystore")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(dataDir));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(dataDir, "config.toml")));
        }

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Already initialised", second.Error);
    }
}
