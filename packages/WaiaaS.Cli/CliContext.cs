using System.Collections;

namespace WaiaaS.Cli;

/// <summary>What a command may touch of its process: the two output streams, the environment and the home folder.</summary>
/// <param name="Output">stdout: data only (paths, JSON, versions).</param>
/// <param name="Error">stderr: messages for people.</param>
/// <param name="Environment">A snapshot of the environment variables.</param>
/// <param name="HomeDirectory">The user's home directory.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, IReadOnlyDictionary<string, string> Environment, string HomeDirectory)
{
    public static CliContext FromProcess()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value ?? "";
        }

        var home = System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
        return new CliContext(Console.Out, Console.Error, environment, string.IsNullOrEmpty(home) ? Directory.GetCurrentDirectory() : home);
    }
}
