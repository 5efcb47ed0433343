namespace WaiaaS.Cli.Tests;

public sealed class InitCommandTests : IDisposable
{
    private readonly TemporaryFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Init_CreatesTheLayoutAndPrintsTheDataDirOnStdout()
    {
        var dataDir = _temp.Combine("data-dir");

        var run = await CliRun.RunAsync(_temp.Path, null, "init", "--data-dir", dataDir);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(dataDir, run.Output.Trim());
        Assert.Contains("Initialised", run.Error);
        foreach (var folder in new[] { "", "data", "keystore", "mcp-tokens", "logs", "backups" })
        {
            var path = Path.Combine(dataDir, folder);
            Assert.True(Directory.Exists(path), path);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(path));
            }
        }

        var config = Path.Combine(dataDir, "config.toml");
        Assert.Contains("[daemon]", File.ReadAllText(config));
        Assert.Contains("# port = 3100", File.ReadAllText(config));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(config));
        }
    }

    [Fact]
    public async Task Init_WritesTheOracleSettingsUncommented_SoThePriceHostsAreVisible()
    {
        var dataDir = _temp.Combine("oracle");

        var run = await CliRun.RunAsync(_temp.Path, null, "init", "--data-dir", dataDir);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = File.ReadAllLines(Path.Combine(dataDir, "config.toml"));
        var oracle = lines.SkipWhile(l => l != "[oracle]").Skip(1).TakeWhile(l => !l.StartsWith("[security]", StringComparison.Ordinal)).ToList();
        Assert.Contains("enabled = true", oracle);
        Assert.Contains("sources = [\"pyth\", \"coingecko\"]", oracle);
        Assert.Contains("pyth_url = \"https://hermes.pyth.network\"", oracle);
        Assert.Contains("coingecko_url = \"https://api.coingecko.com/api/v3\"", oracle);
        Assert.Contains("request_timeout_ms = 3000", oracle);
        Assert.Contains("max_price_age = 300", oracle);
        Assert.Contains("[oracle.pyth_feed_ids]", oracle);
        Assert.Contains("SOL = \"solana\"", oracle);
        var description = lines.Take(Array.IndexOf(lines, "[oracle]")).Reverse().TakeWhile(l => l.StartsWith("# ", StringComparison.Ordinal));
        Assert.Contains(description, l => l.Contains("outside hosts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Init_RunTwice_SaysAlreadyInitialisedAndChangesNothing()
    {
        var dataDir = _temp.Combine("twice");
        await CliRun.RunAsync(_temp.Path, null, "init", "--data-dir", dataDir);
        var config = Path.Combine(dataDir, "config.toml");
        File.AppendAllText(config, "\n# an operator's own note\n");
        var before = File.ReadAllBytes(config);
        var writtenAt = File.GetLastWriteTimeUtc(config);
        var entriesBefore = Directory.GetFileSystemEntries(dataDir, "*", SearchOption.AllDirectories).Order().ToArray();

        var run = await CliRun.RunAsync(_temp.Path, null, "init", "--data-dir", dataDir);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Already initialised", run.Error);
        Assert.Contains("Nothing was changed", run.Error);
        Assert.Equal(before, File.ReadAllBytes(config));
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(config));
        Assert.Equal(entriesBefore, Directory.GetFileSystemEntries(dataDir, "*", SearchOption.AllDirectories).Order().ToArray());
    }

    [Fact]
    public async Task Init_WithoutFlag_UsesWaiaasDataDir_AndTheFlagBeatsIt()
    {
        var fromEnvironment = _temp.Combine("from-env");
        var fromFlag = _temp.Combine("from-flag");
        var environment = new Dictionary<string, string> { ["WAIAAS_DATA_DIR"] = fromEnvironment };

        var byEnvironment = await CliRun.RunAsync(_temp.Path, environment, "init");
        var byFlag = await CliRun.RunAsync(_temp.Path, environment, "init", "--data-dir", fromFlag);

        Assert.Equal(fromEnvironment, byEnvironment.Output.Trim());
        Assert.Contains("from WAIAAS_DATA_DIR", byEnvironment.Error);
        Assert.Equal(fromFlag, byFlag.Output.Trim());
        Assert.True(File.Exists(Path.Combine(fromFlag, "config.toml")));
    }

    [Fact]
    public async Task Init_WithNothingSet_UsesDotWaiaasInHome()
    {
        var run = await CliRun.RunAsync(_temp.Path, null, "init");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(_temp.Combine(".waiaas"), run.Output.Trim());
        Assert.True(File.Exists(_temp.Combine(".waiaas", "config.toml")));
    }

    [Fact]
    public async Task Init_OnASymlink_IsRefusedAndWritesNothingThroughIt()
    {
        var target = _temp.Combine("real");
        Directory.CreateDirectory(target);
        var link = _temp.Combine("link");
        Directory.CreateSymbolicLink(link, target);

        var run = await CliRun.RunAsync(_temp.Path, null, "init", "--data-dir", link);

        Assert.Equal(ExitCodes.UnsafeDataDirectory, run.ExitCode);
        Assert.Contains("symbolic link", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(target));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Init_OnAGroupWritableFolder_IsRefusedWithAChmodHint()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX modes only; Windows relies on the profile ACL.
        }

        var dataDir = _temp.Combine("loose");
        Directory.CreateDirectory(dataDir);
        File.SetUnixFileMode(dataDir, (UnixFileMode)Convert.ToInt32("775", 8));

        var run = await CliRun.RunAsync(_temp.Path, null, "init", "--data-dir", dataDir);

        Assert.Equal(ExitCodes.UnsafeDataDirectory, run.ExitCode);
        Assert.Contains("chmod 700", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(dataDir));
    }

    [Fact]
    public async Task Init_WithAnInvalidExistingConfig_ListsEachProblemWithLineAndExitsConfigInvalid()
    {
        var dataDir = _temp.Combine("bad-config");
        await CliRun.RunAsync(_temp.Path, null, "init", "--data-dir", dataDir);
        File.WriteAllText(Path.Combine(dataDir, "config.toml"), "[daemon]\nport = 70000\nprot = 1\n");

        var run = await CliRun.RunAsync(_temp.Path, null, "init", "--data-dir", dataDir);

        Assert.Equal(ExitCodes.ConfigInvalid, run.ExitCode);
        Assert.Contains("config.toml:2:8: daemon.port: must be between 0 and 65535, got 70000", run.Error);
        Assert.Contains("config.toml:3:1: daemon.prot: unknown key (did you mean 'port'?)", run.Error);
    }
}
