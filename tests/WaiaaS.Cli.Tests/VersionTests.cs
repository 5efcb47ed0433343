using WaiaaS.Tests.Shared;

namespace WaiaaS.Cli.Tests;

public sealed class VersionTests
{
    [Fact]
    public async Task Version_PrintsTheVersionFromVersionJsonOnStdout()
    {
        var run = await CliRun.RunAsync(Path.GetTempPath(), null, "--version");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(RepositoryRoot.Version, run.Output.Trim());
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task UnknownCommand_ExitsWithUsageCodeAndExplainsOnStderr()
    {
        var run = await CliRun.RunAsync(Path.GetTempPath(), null, "frobnicate");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("frobnicate", run.Error);
        Assert.Equal("", run.Output);
    }
}
