using System.Text.Json;
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

    [Fact]
    public async Task InstalledTool_McpSetup_PrintsAnEntryThatStartsTheInstalledToolItself()
    {
        var dataDir = Path.Combine(tool.Root, "mcp-data-dir");
        var environment = new Dictionary<string, string>
        {
            ["WAIAAS_DAEMON_PORT"] = "0",
            ["WAIAAS_DAEMON_HOSTNAME"] = "127.0.0.1",
            ["WAIAAS_DAEMON_UPDATE_CHECK"] = "false",
            ["WAIAAS_KEYSTORE_ARGON2_MEMORY_KIB"] = "8192",
            ["WAIAAS_KEYSTORE_ARGON2_ITERATIONS"] = "1",
            ["WAIAAS_MASTER_PASSWORD"] = "installed-tool-password",
        };
        Task<(int ExitCode, string Output, string Error)> Run(params string[] args) =>
            ProcessRunner.RunAsync(tool.Waiaas, [.. args, "--data-dir", dataDir], tool.Root, environment);

        var start = await Run("start", "--detach");
        Assert.True(start.ExitCode == 0, start.Error);
        try
        {
            var wallet = await Run("wallet", "create", "--name", "agent", "--chain", "solana");
            Assert.True(wallet.ExitCode == 0, wallet.Error);

            var setup = await Run("mcp", "setup", "--json");

            Assert.True(setup.ExitCode == 0, setup.Error);
            var server = JsonDocument.Parse(setup.Output).RootElement.GetProperty("mcpServers").GetProperty("waiaas");
            Assert.Equal(tool.Waiaas, server.GetProperty("command").GetString());
            Assert.Equal(["mcp", "serve", "--data-dir", dataDir], server.GetProperty("args").EnumerateArray().Select(a => a.GetString()));
        }
        finally
        {
            var stop = await Run("stop");
            Assert.True(stop.ExitCode == 0, stop.Error);
        }
    }
}
