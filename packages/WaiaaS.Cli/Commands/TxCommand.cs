using System.CommandLine;
using WaiaaS.Core.Contracts;

namespace WaiaaS.Cli.Commands;

/// <summary>
/// <c>waiaas tx list|show|cancel|approve|reject</c>: transactions through the running daemon. list, show and cancel use
/// the master password; approve and reject need the owner's signature (<see cref="TxAnswerCommand"/>).
/// </summary>
internal static class TxCommand
{
    public static readonly Option<bool> Json = new("--json") { Description = "Print JSON on stdout", Recursive = true };

    public static Command Create(CliContext context)
    {
        var command = new Command("tx", "List, show and cancel transactions; approve or reject them with the owner's signature.") { Json };
        command.Add(ListSubcommand(context));
        command.Add(ShowSubcommand(context));
        command.Add(CancelSubcommand(context));
        command.Add(TxAnswerCommand.Create(context, approve: true));
        command.Add(TxAnswerCommand.Create(context, approve: false));
        return command;
    }

    private static Command ListSubcommand(CliContext context)
    {
        var wallet = new Option<string?>("--wallet") { Description = "Only this wallet's transactions (id or name)", HelpName = "id|name" };
        var status = new Option<string?>("--status") { Description = "Only this status (PENDING, QUEUED, EXECUTING, SUBMITTED, CONFIRMED, FAILED, CANCELLED, EXPIRED, …)", HelpName = "status" };
        var limit = new Option<int?>("--limit") { Description = "At most this many (newest first; default 50)", HelpName = "n" };
        var command = new Command("list", "List transactions, newest first: id, status, tier, type, network, amount, recipient, time.") { wallet, status, limit };
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            var (found, walletId) = await session.OptionalWalletIdAsync(context, parse.GetValue(wallet), ct).ConfigureAwait(false);
            if (!found)
            {
                return ExitCodes.Usage;
            }

            var page = await session.Operator.ListTransactionsAsync(walletId, parse.GetValue(status)?.ToUpperInvariant(), null, parse.GetValue(limit), ct).ConfigureAwait(false);
            if (parse.GetValue(Json))
            {
                context.Output.WriteLine(CliFormat.ToJson(page));
                return ExitCodes.Success;
            }

            foreach (var transaction in page.Items)
            {
                context.Output.WriteLine(string.Join(
                    "  ",
                    transaction.Id,
                    transaction.Status,
                    transaction.Tier ?? "-",
                    transaction.Type,
                    transaction.Network,
                    transaction.Amount ?? "-",
                    transaction.To ?? "-",
                    CliFormat.Time(transaction.CreatedAt)));
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command ShowSubcommand(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "Transaction id" };
        var command = new Command("show", "Show one transaction.") { id };
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            Print(context, parse.GetValue(Json), await session.Operator.GetTransactionAsync(parse.GetValue(id)!, ct).ConfigureAwait(false));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command CancelSubcommand(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "Transaction id" };
        var command = new Command("cancel", "Cancel a QUEUED transaction (a DELAY not yet due, or one waiting for the owner).") { id };
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            Print(context, parse.GetValue(Json), await session.Operator.CancelTransactionAsync(parse.GetValue(id)!, ct).ConfigureAwait(false));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    public static void Print(CliContext context, bool json, TransactionResponse transaction)
    {
        if (json)
        {
            context.Output.WriteLine(CliFormat.ToJson(transaction));
            return;
        }

        var rows = new List<(string, string?)>
        {
            ("id", transaction.Id),
            ("status", transaction.Status + (transaction.Tier is null ? "" : $" ({transaction.Tier})")),
            ("wallet", transaction.WalletId),
            ("session", transaction.SessionId),
            ("network", transaction.Network),
            ("type", transaction.Type),
            ("to", transaction.To),
            ("amount", transaction.Amount),
            ("token", transaction.Token),
            ("txHash", transaction.TxHash),
            ("error", transaction.Error is null ? null : $"{transaction.Error.Code}: {transaction.Error.Message}"),
            ("created", CliFormat.Time(transaction.CreatedAt)),
            ("executes", transaction.ExecuteAfter is null ? null : CliFormat.Time(transaction.ExecuteAfter)),
            ("submitted", transaction.SubmittedAt is null ? null : CliFormat.Time(transaction.SubmittedAt)),
            ("confirmed", transaction.ConfirmedAt is null ? null : CliFormat.Time(transaction.ConfirmedAt)),
            ("approval", transaction.Approval is null ? null : $"waiting for the owner until {CliFormat.Time(transaction.Approval.ExpiresAt)} (waiaas tx approve|reject {transaction.Id})"),
        };
        foreach (var (name, value) in rows.Where(r => r.Item2 is not null))
        {
            context.Output.WriteLine($"{name,-10}{value}");
        }
    }
}
