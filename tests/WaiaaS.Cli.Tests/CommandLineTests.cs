namespace WaiaaS.Cli.Tests;

/// <summary>Option parsing of the daemon-backed commands: mistakes end in exit 2 before anything is touched.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TemporaryFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("--ttl")]
    [InlineData("--max-renewals")]
    [InlineData("--lifetime")]
    public async Task McpSetup_WithANegativeLimit_IsAUsageError(string option)
    {
        var run = await RunAsync("mcp", "setup", option, "-1");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"{option} must be 0 or more", run.Error);
    }

    [Fact]
    public async Task McpRefreshToken_WithANonNumericTtl_IsAUsageError()
    {
        var run = await RunAsync("mcp", "refresh-token", "--ttl", "soon");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Theory]
    [InlineData("quickset")]
    [InlineData("quickset", "--mode", "devnet")]
    [InlineData("session", "create")]
    [InlineData("session", "revoke")]
    [InlineData("tx", "show")]
    [InlineData("tx", "approve")]
    [InlineData("policy", "add", "--rules", "{}")]
    [InlineData("owner", "set", "wallet-only")]
    [InlineData("killswitch", "toggle")]
    public async Task Commands_WithMissingOrInvalidArguments_AreUsageErrors(params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("error:", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task PolicyAdd_WithRulesThatAreNoJsonObject_IsAUsageErrorBeforeTheDaemonIsAsked()
    {
        var run = await RunAsync("policy", "add", "--type", "SPENDING_LIMIT", "--rules", "[1]", "--data-dir", _temp.Combine("never-created"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--rules must be a JSON object", run.Error);
        Assert.False(Directory.Exists(_temp.Combine("never-created")));
    }

    [Theory]
    [InlineData("mcp", "setup")]
    [InlineData("mcp", "refresh-token")]
    [InlineData("quickset", "--mode", "testnet")]
    [InlineData("session", "list")]
    [InlineData("tx", "list")]
    [InlineData("policy", "list")]
    [InlineData("killswitch", "status")]
    [InlineData("owner", "verify", "w")]
    public async Task DaemonCommands_WithoutARunningDaemon_ExitNotRunning(params string[] args)
    {
        var dataDir = _temp.Combine("data-dir");
        Assert.Equal(ExitCodes.Success, (await RunAsync("init", "--data-dir", dataDir)).ExitCode);

        var run = await RunAsync([.. args, "--data-dir", dataDir]);

        Assert.Equal(ExitCodes.NotRunning, run.ExitCode);
        Assert.Contains("waiaas start", run.Error);
    }

    private Task<CliRun> RunAsync(params string[] args) =>
        CliRun.RunAsync(_temp.Path, new Dictionary<string, string> { ["WAIAAS_MASTER_PASSWORD"] = "unit-test-password" }, args);
}
