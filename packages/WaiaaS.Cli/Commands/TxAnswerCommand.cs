using System.CommandLine;
using WaiaaS.Sdk;

namespace WaiaaS.Cli.Commands;

/// <summary>
/// <c>waiaas tx approve|reject &lt;id&gt; [--signature &lt;sig&gt;]</c>: the owner's answer to a transaction waiting for
/// approval. The daemon writes the message (it names the action, the transaction and a single-use nonce); without
/// <c>--signature</c> the command prints it and the command to run once the owner has signed it.
/// </summary>
internal static class TxAnswerCommand
{
    public static Command Create(CliContext context, bool approve)
    {
        var verb = approve ? "approve" : "reject";
        var id = new Argument<string>("id") { Description = "Transaction id" };
        var signature = new Option<string?>("--signature") { Description = "The owner's signature over the printed message (EVM: 0x + 130 hex, EIP-191; Solana: base58 or base64)", HelpName = "sig" };
        var command = new Command(verb, $"The owner's {(approve ? "approval" : "rejection")} of a transaction waiting for it: prints the message to sign, or with --signature submits it.") { id, signature };
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            var transactionId = parse.GetValue(id)!;
            var transaction = await session.Operator.GetTransactionAsync(transactionId, ct).ConfigureAwait(false);
            var message = approve ? transaction.Approval?.ApproveMessage : transaction.Approval?.RejectMessage;
            if (message is null)
            {
                context.Error.WriteLine($"error: transaction {transactionId} is not waiting for the owner (status {transaction.Status}, tier {transaction.Tier ?? "-"}).");
                return ExitCodes.RequestRefused;
            }

            var wallet = await session.Operator.GetWalletAsync(transaction.WalletId, ct).ConfigureAwait(false);
            if (wallet.OwnerAddress is not { } owner)
            {
                context.Error.WriteLine($"error: OWNER_NOT_SET: wallet {wallet.Name} ({wallet.Id}) has no owner.");
                return ExitCodes.RequestRefused;
            }

            var json = parse.GetValue(TxCommand.Json);
            if (parse.GetValue(signature) is not { } signed)
            {
                var next = $"waiaas tx {verb} {transactionId}{OwnerSignedAction.DataDirSuffix(parse)} --signature <signature>";
                SignatureRequest.Print(context, json, owner, wallet, message, transaction.Approval!.ExpiresAt, next);
                return ExitCodes.Success;
            }

            var answered = await OwnerSubmission.AnswerAsync(session.Http, transactionId, approve, new OwnerSignature(owner, message, signed), ct).ConfigureAwait(false);
            context.Output.WriteLine(json ? CliFormat.ToJson(answered) : $"{answered.Id}  {answered.Status}");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}
