using System.CommandLine;
using WaiaaS.Core.Contracts;
using WaiaaS.Daemon.Owners;

namespace WaiaaS.Cli.Commands;

/// <summary>
/// <c>waiaas owner set &lt;wallet&gt; &lt;address&gt;</c> (master password; state GRACE) and <c>waiaas owner verify
/// &lt;wallet&gt;</c> (the owner's signature; state LOCKED), see docs/owner-and-kill-switch.md.
/// </summary>
internal static class OwnerCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON on stdout", Recursive = true };

    public static Command Create(CliContext context)
    {
        var command = new Command("owner", "Register a wallet's owner (the human who approves transactions and can lock everything) and prove it.") { Json };
        command.Add(SetSubcommand(context));
        command.Add(VerifySubcommand(context));
        return command;
    }

    private static Command SetSubcommand(CliContext context)
    {
        var wallet = new Argument<string>("wallet") { Description = "Wallet id or name" };
        var address = new Argument<string>("address") { Description = "The owner's address on the wallet's chain (Solana base58, EVM 0x…)" };
        var command = new Command("set", "Set a wallet's owner address (changeable until the owner verifies it).") { wallet, address };
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            var found = await session.FindWalletAsync(context, parse.GetValue(wallet)!, ct).ConfigureAwait(false);
            if (found is null)
            {
                return ExitCodes.Usage;
            }

            var updated = await session.Operator.SetOwnerAsync(found.Id, parse.GetValue(address)!, ct).ConfigureAwait(false);
            Print(context, parse.GetValue(Json), updated);
            if (updated.OwnerState != "LOCKED")
            {
                context.Error.WriteLine($"The owner must now prove the address: run 'waiaas owner verify {updated.Id}'.");
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command VerifySubcommand(CliContext context)
    {
        var wallet = new Argument<string>("wallet") { Description = "Wallet id or name" };
        var owner = new OwnerSignedAction.Options();
        var command = new Command("verify", "Prove the owner address with the owner's signature: prints the message to sign, or with --message and --signature submits it.") { wallet };
        owner.AddTo(command, walletDescription: null);
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            var named = parse.GetValue(wallet)!;
            var prepared = await OwnerSignedAction.PrepareAsync(context, session, parse, owner, parse.GetValue(Json), named, OwnerActionMessages.VerifyStatement, $"waiaas owner verify {named}", ct).ConfigureAwait(false);
            if (prepared.ExitCode is { } done)
            {
                return done;
            }

            var verified = await OwnerSubmission.VerifyAsync(session.Http, prepared.WalletId!, prepared.Signature!, ct).ConfigureAwait(false);
            Print(context, parse.GetValue(Json), verified);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static void Print(CliContext context, bool json, WalletResponse wallet) =>
        context.Output.WriteLine(json ? CliFormat.ToJson(wallet) : $"{wallet.Id}  {wallet.Name}  owner {wallet.OwnerAddress ?? "-"}  {wallet.OwnerState}");
}
