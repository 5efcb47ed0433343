using System.CommandLine;
using WaiaaS.Cli.Mcp;
using WaiaaS.Core.Sessions;

namespace WaiaaS.Cli.Commands;

/// <summary>
/// <c>waiaas mcp setup [--wallet &lt;id|name&gt; | --all] [--ttl S] [--max-renewals N] [--lifetime S] [--json]</c>: an MCP
/// session (constraints by the default rule), its token file, and the Claude Desktop entry that starts
/// <c>waiaas mcp serve</c> on it.
/// </summary>
internal static class McpSetupCommand
{
    public const string Source = "mcp";

    public static Command Create(CliContext context)
    {
        var wallet = new Option<string?>("--wallet") { Description = "One wallet (id or name); its token goes to mcp-tokens/<id>", HelpName = "id|name" };
        var all = new Option<bool>("--all") { Description = "One session for every active wallet (at most 20); token in mcp-token" };
        var json = new Option<bool>("--json") { Description = "Print {sessionId, expiresAt, tokenFile, walletIds, configPath, mcpServers} as JSON" };
        var limits = new SessionLimitOptions();
        var command = new Command("setup", "Create an MCP session, write its token file and print the Claude Desktop mcpServers entry. Without --wallet or --all: the only active wallet.")
        {
            wallet, all, json,
        };
        limits.AddTo(command);
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            var wallets = (await session.Operator.ListWalletsAsync(ct).ConfigureAwait(false)).Items;
            var target = McpSetupTarget.Choose(wallets, parse.GetValue(wallet), parse.GetValue(all), out var problem, out var exitCode);
            if (target is null)
            {
                context.Error.WriteLine("error: " + problem);
                return exitCode;
            }

            var layout = session.Loaded.Layout;
            var tokenFile = target.PerWalletId is null ? SessionTokenFile.DefaultPath(layout) : SessionTokenFile.ForWallet(layout, target.PerWalletId);
            var previous = McpTokenInstaller.SessionIdIn(tokenFile);
            var created = await session.Operator.CreateSessionAsync(limits.Request(parse, [.. target.Wallets.Select(w => w.Id)], Source), ct).ConfigureAwait(false);
            if (await McpTokenInstaller.InstallAsync(context, session.Operator, tokenFile, created, previous, ct).ConfigureAwait(false) is { } failed)
            {
                return failed;
            }

            var name = target.PerWalletId is null ? McpServerEntry.DefaultName : McpServerEntry.NameForWallet(target.Wallets[0].Name);
            McpSetupReport.For(context, session.Loaded, created, tokenFile, target.PerWalletId, name).Print(context, parse.GetValue(json));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}
