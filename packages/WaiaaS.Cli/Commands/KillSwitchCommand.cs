using System.CommandLine;
using WaiaaS.Core.Contracts;
using WaiaaS.Daemon.Owners;
using WaiaaS.Sdk;

namespace WaiaaS.Cli.Commands;

/// <summary>
/// <c>waiaas killswitch on [--reason]|off|status</c> (docs/owner-and-kill-switch.md): the operator stops everything
/// (SUSPENDED) and releases it. Releasing a LOCKED kill switch (engaged by an owner) also needs a verified owner's
/// signature (<c>off --owner-wallet</c>, see <see cref="OwnerSignedAction"/>).
/// </summary>
internal static class KillSwitchCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON on stdout", Recursive = true };

    public static Command Create(CliContext context)
    {
        var command = new Command("killswitch", "Stop every agent at once (revokes sessions, cancels queued transactions, suspends wallets), and release it.") { Json };
        command.Add(OnSubcommand(context));
        command.Add(OffSubcommand(context));
        command.Add(StatusSubcommand(context));
        return command;
    }

    private static Command OnSubcommand(CliContext context)
    {
        var reason = new Option<string?>("--reason") { Description = "Why (kept in the audit log)", HelpName = "text" };
        var command = new Command("on", "Activate the kill switch (state SUSPENDED).") { reason };
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            var changed = await session.Operator.ActivateKillSwitchAsync(parse.GetValue(reason), ct).ConfigureAwait(false);
            Print(context, parse.GetValue(Json), changed);
            context.Error.WriteLine($"Kill switch {changed.State}: {changed.SessionsRevoked} session(s) revoked, {changed.TransactionsCancelled} transaction(s) cancelled, {changed.WalletsSuspended} wallet(s) suspended.");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command OffSubcommand(CliContext context)
    {
        var owner = new OwnerSignedAction.Options();
        var command = new Command("off", "Release the kill switch (state ACTIVE) and resume the wallets it suspended. From LOCKED also needs a verified owner's signature (--owner-wallet).");
        owner.AddTo(command, "the wallet whose verified owner signs the recovery (needed only when the state is LOCKED)");
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            OwnerSignature? signature = null;
            if (parse.GetValue(owner.Wallet) is { } ownerWallet)
            {
                var prepared = await OwnerSignedAction.PrepareAsync(
                    context, session, parse, owner, parse.GetValue(Json), ownerWallet, _ => OwnerActionMessages.RecoverStatement, $"waiaas killswitch off --owner-wallet {ownerWallet}", ct).ConfigureAwait(false);
                if (prepared.ExitCode is { } done)
                {
                    return done;
                }

                signature = prepared.Signature;
            }

            var changed = await session.Operator.RecoverFromKillSwitchAsync(signature, ct).ConfigureAwait(false);
            Print(context, parse.GetValue(Json), changed);
            context.Error.WriteLine($"Kill switch released: {changed.WalletsRestored} wallet(s) active again. Revoked sessions stay revoked: agents need new ones ('waiaas mcp refresh-token').");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command StatusSubcommand(CliContext context)
    {
        var command = new Command("status", "Show the kill switch's state: ACTIVE (normal), SUSPENDED or LOCKED.");
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            var state = await session.Operator.GetKillSwitchAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(Json))
            {
                context.Output.WriteLine(CliFormat.ToJson(state));
            }
            else
            {
                context.Output.WriteLine($"{state.State}  since {CliFormat.Time(state.ChangedAt)}");
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static void Print(CliContext context, bool json, KillSwitchResponse changed) =>
        context.Output.WriteLine(json ? CliFormat.ToJson(changed) : $"{changed.State}  (was {changed.PreviousState})");
}
