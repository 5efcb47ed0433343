using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Transactions;

namespace WaiaaS.Daemon.Telegram;

/// <summary>
/// Owner approve / reject from Telegram. A chat id proves only that the operator let the chat in, and the owner is
/// the second factor *against* the operator (docs/owner-and-kill-switch.md), so a chat alone never answers an
/// APPROVAL: the bot shows the exact owner message of the transaction, the owner signs it with the owner key, and
/// <c>/approve &lt;txId&gt; &lt;signature&gt;</c> goes through the same checks as REST (QUEUED APPROVAL, not
/// expired, the verified owner's signature over this message, compare-and-set once), audited as
/// <c>telegram:&lt;chatId&gt;</c>.
/// </summary>
internal sealed class TelegramOwnerAnswers(
    IDbContextFactory<WaiaasDbContext> factory,
    TransactionQueries queries,
    TransactionActions actions)
{
    public async Task<TelegramReply> AnswerAsync(long chatId, OwnerAction action, string? txId, string? signature, CancellationToken cancellationToken)
    {
        var verb = action == OwnerAction.Approve ? "approve" : "reject";
        if (string.IsNullOrEmpty(txId))
        {
            return new TelegramReply($"Usage: /{verb} <txId> [signature]");
        }

        var found = await queries.GetAsync(txId, new TransactionCaller("telegram", null, null, null, null), cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return new TelegramReply($"Unknown transaction {txId}.");
        }

        var tx = found.Value!;
        var message = action == OwnerAction.Approve ? tx.Approval?.ApproveMessage : tx.Approval?.RejectMessage;
        if (message is null || tx.Status != TransactionStatus.Queued.ToWireName())
        {
            return new TelegramReply($"Transaction {txId} is {tx.Status} and waits for no owner approval.");
        }

        if (signature is null)
        {
            return new TelegramReply($"To {verb} {txId}, the wallet's owner signs this exact message with the owner key "
                + $"and sends: /{verb} {txId} <signature>\n\n{message}");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var owner = await db.Wallets.AsNoTracking().Where(w => w.Id == tx.WalletId).Select(w => w.OwnerAddress).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var result = await actions.AnswerFromChannelAsync(txId, action, new OwnerProof(owner ?? "", message, signature),
            "telegram", TelegramChatRegistry.Actor(chatId), cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? new TelegramReply(action == OwnerAction.Approve ? $"Approved: {txId} is on its way to the chain." : $"Rejected: {txId} is CANCELLED.")
            : new TelegramReply($"Not {verb}d: {TelegramCommands.Describe(result.Failure!)}");
    }
}
