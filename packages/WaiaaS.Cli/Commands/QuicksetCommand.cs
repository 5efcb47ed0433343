using System.CommandLine;
using System.Text.Json.Nodes;
using WaiaaS.Cli.Mcp;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Sessions;

namespace WaiaaS.Cli.Commands;

/// <summary>
/// <c>waiaas quickset --mode testnet|mainnet [--json]</c>: a Solana and an EVM wallet (<c>quickset-solana-&lt;mode&gt;</c>,
/// <c>quickset-evm-&lt;mode&gt;</c>; reused when they exist and are ACTIVE, so a second run only issues a new session),
/// one MCP session for both, the default token file and the Claude Desktop entry.
/// </summary>
internal static class QuicksetCommand
{
    private static readonly (string Chain, string Label)[] Chains = [("solana", "solana"), ("ethereum", "evm")];

    public static Command Create(CliContext context)
    {
        var mode = new Option<string>("--mode") { Description = "testnet or mainnet (mainnet wallets hold real funds)", Required = true };
        mode.AcceptOnlyFromAmong("testnet", "mainnet");
        var json = new Option<bool>("--json") { Description = "Print the wallets, session, token file and mcpServers entry as JSON" };
        var command = new Command("quickset", "Set up an agent in one step: a Solana and an EVM wallet, one MCP session, its token file and the Claude Desktop entry.")
        {
            mode, json,
        };
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, (session, ct) => RunAsync(context, session, parse.GetValue(mode)!, parse.GetValue(json), ct), cancellationToken));
        return command;
    }

    public static string WalletName(string label, string mode) => $"quickset-{label}-{mode}";

    private static async Task<int> RunAsync(CliContext context, OperatorSession session, string mode, bool json, CancellationToken cancellationToken)
    {
        if (mode == "mainnet")
        {
            context.Error.WriteLine("WARNING: mainnet wallets hold REAL funds. Whatever you send to them can be spent by the agent within its policies;");
            context.Error.WriteLine("         set spending limits ('waiaas policy add') and an owner ('waiaas owner set') before funding them.");
        }

        var existing = (await session.Operator.ListWalletsAsync(cancellationToken).ConfigureAwait(false)).Items;
        var wallets = new List<(WalletResponse Wallet, bool Created)>();
        foreach (var (chain, label) in Chains)
        {
            var name = WalletName(label, mode);
            var found = existing.FirstOrDefault(w => w.Name == name && w.Status != WalletSelector.Terminated);
            if (found is not null && (found.Status != WalletSelector.Active || found.Chain != chain || found.Environment != mode))
            {
                context.Error.WriteLine($"error: wallet {name} ({found.Id}) exists but is {found.Status} {found.Chain}/{found.Environment}, not an ACTIVE {chain}/{mode} wallet.");
                context.Error.WriteLine("hint: resume it ('waiaas wallet list' shows it) or rename it, then run quickset again.");
                return ExitCodes.NoActiveWallet;
            }

            wallets.Add(found is not null
                ? (found, false)
                : (await session.Operator.CreateWalletAsync(new CreateWalletRequest(name, chain, mode), cancellationToken).ConfigureAwait(false), true));
        }

        var tokenFile = SessionTokenFile.DefaultPath(session.Loaded.Layout);
        var previous = McpTokenInstaller.SessionIdIn(tokenFile);
        var request = new CreateSessionRequest(WalletIds: [.. wallets.Select(w => w.Wallet.Id)], Source: McpSetupCommand.Source);
        var created = await session.Operator.CreateSessionAsync(request, cancellationToken).ConfigureAwait(false);
        if (await McpTokenInstaller.InstallAsync(context, session.Operator, tokenFile, created, previous, cancellationToken).ConfigureAwait(false) is { } failed)
        {
            return failed;
        }

        var report = McpSetupReport.For(context, session.Loaded, created, tokenFile, null, McpServerEntry.DefaultName);
        if (json)
        {
            var body = report.ToJson();
            body["wallets"] = new JsonArray([.. wallets.Select(w => (JsonNode?)new JsonObject
            {
                ["id"] = w.Wallet.Id,
                ["name"] = w.Wallet.Name,
                ["chain"] = w.Wallet.Chain,
                ["environment"] = w.Wallet.Environment,
                ["address"] = w.Wallet.Address,
                ["created"] = w.Created,
            })]);
            context.Output.WriteLine(CliFormat.ToJson(body));
            return ExitCodes.Success;
        }

        foreach (var (wallet, wasCreated) in wallets)
        {
            context.Error.WriteLine($"{(wasCreated ? "Created" : "Reusing")} {wallet.Chain}/{wallet.Environment} wallet {wallet.Name} ({wallet.Id}), address {wallet.Address}");
        }

        report.Print(context, json: false);
        return ExitCodes.Success;
    }
}
