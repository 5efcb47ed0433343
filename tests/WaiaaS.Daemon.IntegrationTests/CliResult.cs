namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>What a finished <c>waiaas</c> process left: its exit code and both streams.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Everything the command printed (for assertions that do not care which stream).</summary>
    public string AllText => Output + Error;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
