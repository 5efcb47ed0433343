using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Transactions;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// Cancel (agent of the wallet or operator), and the owner's approve / reject of a QUEUED APPROVAL transaction. An
/// owner answer must be the exact message for this action, this transaction and its single-use nonce, signed by the
/// wallet's verified owner; the approval row is claimed with a compare-and-set, so a message works once.
/// </summary>
internal sealed class TransactionActions(
    IDbContextFactory<WaiaasDbContext> contexts,
    TransactionStateWriter states,
    ApprovalMessages messages,
    TransactionWorkQueue work,
    TransactionEvents events,
    AuditLogWriter audit,
    TimeProvider time)
{
    public async Task<Result<TransactionEntity>> CancelAsync(string id, TransactionCaller caller, CancellationToken cancellationToken)
    {
        var row = await states.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (row is null || !caller.MayUse(row.WalletId))
        {
            return new Failure(ErrorCodes.TransactionNotFound);
        }

        foreach (var from in new[] { TransactionStatus.Queued, TransactionStatus.Pending })
        {
            var cancelled = await states.TransitionAsync(id, from, TransactionStatus.Cancelled, r =>
            {
                r.ErrorCode = "CANCELLED";
                r.Error = $"cancelled by {caller.Actor}";
            }, new TransitionAudit(caller.Actor, RequestId: caller.RequestId), cancellationToken).ConfigureAwait(false);
            if (cancelled)
            {
                var settled = (await states.FindAsync(id, cancellationToken).ConfigureAwait(false))!;
                await events.SettledAsync(settled, cancellationToken).ConfigureAwait(false);
                return settled;
            }
        }

        return new Failure(ErrorCodes.InvalidTransactionState, $"the transaction is {row.Status}; only PENDING or QUEUED transactions can be cancelled.");
    }

    public Task<Result<TransactionEntity>> AnswerAsync(string id, OwnerAction action, OwnerProof proof, string? requestId, CancellationToken cancellationToken) =>
        AnswerCoreAsync(id, action, proof, "api", null, requestId, cancellationToken);

    /// <summary>
    /// The same owner answer (same checks, same signature) received through another channel (e.g. <c>telegram</c>):
    /// the approval row records <paramref name="channel"/> and the audit row's actor is <paramref name="channelActor"/>
    /// (e.g. <c>telegram:&lt;chatId&gt;</c>) with the owner address in its details.
    /// </summary>
    public Task<Result<TransactionEntity>> AnswerFromChannelAsync(string id, OwnerAction action, OwnerProof proof, string channel, string channelActor, CancellationToken cancellationToken) =>
        AnswerCoreAsync(id, action, proof, channel, channelActor, null, cancellationToken);

    private async Task<Result<TransactionEntity>> AnswerCoreAsync(string id, OwnerAction action, OwnerProof proof, string channel, string? channelActor, string? requestId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Transactions.FirstOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return new Failure(ErrorCodes.TransactionNotFound);
        }

        var approval = await db.PendingApprovals.FirstOrDefaultAsync(a => a.TxId == id, cancellationToken).ConfigureAwait(false);
        var wallet = await db.Wallets.AsNoTracking().FirstAsync(w => w.Id == row.WalletId, cancellationToken).ConfigureAwait(false);
        var now = WaiaasDatabase.UnixNow(time);
        var refusal = Refusal(row, approval, wallet, proof, action, now);
        if (refusal is not null)
        {
            return refusal;
        }

        var actor = channelActor ?? $"owner:{wallet.OwnerAddress}";
        var approved = action == OwnerAction.Approve;
        if (approved)
        {
            approval!.ApprovedAt = now;
        }
        else
        {
            approval!.RejectedAt = now;
            row.Status = TransactionStatus.Cancelled.ToWireName();
            row.ErrorCode = "OWNER_REJECTED";
            row.Error = "rejected by the owner";
        }

        approval.OwnerSignature = proof.Signature;
        approval.Channel = channel;
        row.UpdatedAt = now;
        await audit.AppendAsync(db, new AuditEntry(approved ? AuditEvents.TransactionApproved : AuditEvents.TransactionRejected, actor)
        {
            WalletId = row.WalletId,
            SessionId = row.SessionId,
            TransactionId = row.Id,
            RequestId = requestId,
            Details = channelActor is null
                ? new JsonObject { ["nonce"] = approval.Nonce, ["owner"] = wallet.OwnerAddress }
                : new JsonObject { ["nonce"] = approval.Nonce, ["owner"] = wallet.OwnerAddress, ["channel"] = channel },
        }, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (approved)
        {
            work.Enqueue(row.Id);
        }
        else
        {
            await events.SettledAsync(row, cancellationToken).ConfigureAwait(false);
        }

        return row;
    }

    private Failure? Refusal(TransactionEntity row, PendingApprovalEntity? approval, WalletEntity wallet, OwnerProof proof, OwnerAction action, long now)
    {
        if (approval is null || row.Status != TransactionStatus.Queued.ToWireName())
        {
            return new Failure(ErrorCodes.InvalidTransactionState, $"the transaction is {row.Status} and waits for no owner approval.");
        }

        if (approval.ApprovedAt is not null || approval.RejectedAt is not null)
        {
            return new Failure(ErrorCodes.ApprovalInvalid, "this approval was already answered; each approval message works once.");
        }

        if (approval.ExpiresAt <= now)
        {
            return new Failure(ErrorCodes.ApprovalInvalid, "the approval expired.");
        }

        if (wallet.OwnerState != OwnerState.Locked || wallet.OwnerAddress is null
            || !string.Equals(wallet.OwnerAddress, proof.Address, wallet.Chain == Core.Chains.ChainType.Ethereum ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            return new Failure(ErrorCodes.ApprovalInvalid, "the signer is not the wallet's verified owner.");
        }

        var expected = messages.For(wallet, row, approval, action);
        if (expected is null || !string.Equals(expected, proof.Message, StringComparison.Ordinal))
        {
            return new Failure(ErrorCodes.ApprovalInvalid, $"the message is not this transaction's {action.ToString().ToLowerInvariant()} message (GET /v1/transactions/{row.Id} shows it).");
        }

        return Owners.OwnerSignatureVerifier.Verify(wallet.Chain, wallet.OwnerAddress, proof.Message, proof.Signature)
            ? null
            : new Failure(ErrorCodes.ApprovalInvalid, "the signature does not verify for the owner's address.");
    }
}
