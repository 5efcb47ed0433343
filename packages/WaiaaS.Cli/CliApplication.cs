using System.CommandLine;
using WaiaaS.Cli.Commands;

namespace WaiaaS.Cli;

/// <summary>The <c>waiaas</c> command tree and its invocation.</summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = BuildRootCommand(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await context.Error.WriteLineAsync("error: " + error.Message).ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync("Run 'waiaas --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false };
            if (parsed.CommandResult.Command.Name == "start")
            {
                // The daemon's web host handles SIGINT/SIGTERM itself and stops gracefully within [daemon] shutdown_timeout.
                // System.CommandLine's own handler would end the process ProcessTerminationTimeout (2 s) after the signal,
                // cutting off in-flight requests, the WAL checkpoint, the daemon.stopped audit row and the pid file removal.
                configuration.ProcessTerminationTimeout = null;
            }

            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The last line of defence: a bug must end in a message and an exit code, not an abort.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync($"error: unexpected failure ({e.GetType().Name}). This is a bug; please report it with the command you ran.").ConfigureAwait(false);
            if (context.Environment.ContainsKey("WAIAAS_DEBUG"))
            {
                await context.Error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.Failure;
        }
    }

    private static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand("WaiaaS: a self-hosted wallet daemon for AI agents, with a policy engine between every agent and your funds.");
        ReplaceVersionOption(root, context);
        root.Add(CommonOptions.DataDir);
        root.Add(InitCommand.Create(context));
        root.Add(StartCommand.Create(context));
        root.Add(StopCommand.Create(context));
        root.Add(StatusCommand.Create(context));
        root.Add(WalletCommand.Create(context));
        root.Add(KeystoreCommand.Create(context));
        root.Add(AuditCommand.Create(context));
        root.Add(McpCommand.Create(context));
        root.Add(QuicksetCommand.Create(context));
        root.Add(SessionCommand.Create(context));
        root.Add(TxCommand.Create(context));
        root.Add(PolicyCommand.Create(context));
        root.Add(KillSwitchCommand.Create(context));
        root.Add(OwnerCommand.Create(context));
        root.Add(NotificationCommand.Create(context));
        return root;
    }

    // The built-in --version reads the entry assembly, which is not this one when the CLI runs in-process (tests).
    private static void ReplaceVersionOption(RootCommand root, CliContext context)
    {
        var builtIn = root.Options.OfType<VersionOption>().Single();
        root.Options.Remove(builtIn);
        var version = new Option<bool>("--version") { Description = "Show the version of waiaas" };
        root.Options.Add(version);
        root.SetAction(parse =>
        {
            if (parse.GetValue(version))
            {
                context.Output.WriteLine(ProductVersion.Current);
                return ExitCodes.Success;
            }

            context.Error.WriteLine("Run 'waiaas --help' to see the commands.");
            return ExitCodes.Usage;
        });
    }
}
