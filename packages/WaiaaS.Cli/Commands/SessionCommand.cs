using System.CommandLine;
using WaiaaS.Core.Contracts;

namespace WaiaaS.Cli.Commands;

/// <summary><c>waiaas session create|list|revoke</c>: agent sessions, through the running daemon (masterAuth).</summary>
internal static class SessionCommand
{
    private const string Source = "cli";
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON on stdout", Recursive = true };

    public static Command Create(CliContext context)
    {
        var command = new Command("session", "Create, list and revoke agent sessions (the daemon must be running).") { Json };
        command.Add(CreateSubcommand(context));
        command.Add(ListSubcommand(context));
        command.Add(RevokeSubcommand(context));
        return command;
    }

    private static Command CreateSubcommand(CliContext context)
    {
        var wallets = new Option<string[]>("--wallet") { Description = "A wallet (id or name) the session may use; repeat for several", Required = true, HelpName = "id|name", AllowMultipleArgumentsPerToken = false };
        var limits = new SessionLimitOptions();
        var command = new Command("create", "Create a session and print its token (shown only this once).") { wallets };
        limits.AddTo(command);
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            var all = (await session.Operator.ListWalletsAsync(ct).ConfigureAwait(false)).Items;
            var ids = new List<string>();
            foreach (var named in parse.GetValue(wallets)!)
            {
                var found = WalletSelector.Find(all, named, out var problem);
                if (found is null)
                {
                    context.Error.WriteLine("error: " + problem);
                    return ExitCodes.Usage;
                }

                ids.Add(found.Id);
            }

            var created = await session.Operator.CreateSessionAsync(limits.Request(parse, ids, Source), ct).ConfigureAwait(false);
            if (parse.GetValue(Json))
            {
                context.Output.WriteLine(CliFormat.ToJson(created));
            }
            else
            {
                context.Output.WriteLine(created.Token);
            }

            context.Error.WriteLine($"Session {created.Id} for {string.Join(", ", created.Wallets.Select(w => w.Name))}; the token expires {CliFormat.Time(created.ExpiresAt)}.");
            context.Error.WriteLine("The token is shown only this once: store it now (the daemon keeps only its hash).");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command ListSubcommand(CliContext context)
    {
        var wallet = new Option<string?>("--wallet") { Description = "Only the sessions of this wallet (id or name)", HelpName = "id|name" };
        var command = new Command("list", "List sessions: id, status, source, wallets, expiry, renewals.") { wallet };
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            var (found, walletId) = await session.OptionalWalletIdAsync(context, parse.GetValue(wallet), ct).ConfigureAwait(false);
            if (!found)
            {
                return ExitCodes.Usage;
            }

            var sessions = await session.Operator.ListSessionsAsync(walletId, ct).ConfigureAwait(false);
            if (parse.GetValue(Json))
            {
                context.Output.WriteLine(CliFormat.ToJson(sessions));
                return ExitCodes.Success;
            }

            foreach (var item in sessions.Items)
            {
                PrintLine(context, item);
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command RevokeSubcommand(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "Session id" };
        var command = new Command("revoke", "Revoke a session: its token stops working at once.") { id };
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            var revoked = await session.Operator.RevokeSessionAsync(parse.GetValue(id)!, ct).ConfigureAwait(false);
            if (parse.GetValue(Json))
            {
                context.Output.WriteLine(CliFormat.ToJson(revoked));
            }
            else
            {
                PrintLine(context, revoked);
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static void PrintLine(CliContext context, SessionResponse session) =>
        context.Output.WriteLine(string.Join(
            "  ",
            session.Id,
            session.Status,
            session.Source,
            string.Join(",", session.Wallets.Select(w => w.Name)),
            "expires " + CliFormat.Time(session.ExpiresAt),
            $"renewals {session.RenewalCount}/{(session.MaxRenewals == 0 ? "unlimited" : session.MaxRenewals)}"));
}
