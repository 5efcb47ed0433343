namespace WaiaaS.Cli.Tests;

/// <summary>Runs the CLI in-process with its own stdout, stderr and environment.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(string home, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, environment ?? new Dictionary<string, string>(), home);
        var exitCode = await CliApplication.RunAsync(args, context);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
