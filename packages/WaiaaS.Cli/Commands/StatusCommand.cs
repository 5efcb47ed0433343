using System.CommandLine;
using System.Text.Json;

namespace WaiaaS.Cli.Commands;

/// <summary><c>waiaas status [--json]</c>: whether the daemon runs, and its <c>/health</c>.</summary>
internal static class StatusCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print /health as JSON on stdout" };

    public static Command Create(CliContext context)
    {
        var command = new Command("status", "Show whether the daemon is running, its version, schema and uptime. Exit code 5 when it is not running.") { Json };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(CommonOptions.DataDir), parse.GetValue(Json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? dataDir, bool json, CancellationToken cancellationToken)
    {
        var (loaded, exitCode) = LoadedDataDirectory.Load(context, dataDir, initialize: false);
        if (loaded is null)
        {
            return exitCode;
        }

        using var connection = DaemonConnection.Find(loaded);
        if (connection is null)
        {
            context.Error.WriteLine($"not running ({loaded.Layout.Root})");
            return ExitCodes.NotRunning;
        }

        JsonElement health;
        try
        {
            (_, health) = await connection.SendAsync(HttpMethod.Get, "health", null, null, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            context.Error.WriteLine($"error: the daemon holds the lock but {connection.BaseAddress} does not answer ({e.Message}).");
            return ExitCodes.Failure;
        }

        if (json)
        {
            context.Output.WriteLine(JsonSerializer.Serialize(health, DaemonConnection.Json));
            return ExitCodes.Success;
        }

        var pid = File.Exists(loaded.Layout.PidFile) ? File.ReadAllText(loaded.Layout.PidFile).Trim() : "?";
        context.Output.WriteLine($"running  {connection.BaseAddress.ToString().TrimEnd('/')}  pid {pid}");
        context.Output.WriteLine($"version  {health.GetProperty("version").GetString()}  (latest: {(health.GetProperty("latestVersion").ValueKind == JsonValueKind.String ? health.GetProperty("latestVersion").GetString() : "not checked")})");
        context.Output.WriteLine($"schema   {health.GetProperty("schemaVersion").GetInt32()}");
        context.Output.WriteLine($"uptime   {health.GetProperty("uptime").GetInt64()} s");
        return ExitCodes.Success;
    }
}
