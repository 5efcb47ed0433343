using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// Reads transactions for agents (only their session's wallets) and the operator: one by id, a page newest first
/// (UUIDv7 ids are the cursor), and the ones waiting (PENDING/QUEUED).
/// </summary>
internal sealed class TransactionQueries(IDbContextFactory<WaiaasDbContext> contexts, ApprovalMessages messages)
{
    private const int MaxPage = 200;

    public async Task<Result<TransactionResponse>> GetAsync(string id, TransactionCaller caller, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Transactions.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
        if (row is null || !caller.MayUse(row.WalletId))
        {
            return new Failure(ErrorCodes.TransactionNotFound);
        }

        return (await ToResponsesAsync(db, [row], cancellationToken).ConfigureAwait(false))[0];
    }

    public async Task<Result<TransactionPage>> ListAsync(TransactionCaller caller, string? walletId, string? status, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        if (status is not null && !WireNames.TryParse<TransactionStatus>(status, out _))
        {
            return new Failure(ErrorCodes.ValidationFailed, $"status '{status}' is not a transaction status.");
        }

        var size = Math.Clamp(limit ?? 50, 1, MaxPage);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = Visible(db, caller, walletId);
        if (status is not null)
        {
            query = query.Where(t => t.Status == status);
        }

        if (cursor is not null)
        {
            query = query.Where(t => t.Id.CompareTo(cursor) < 0);
        }

        var rows = await query.OrderByDescending(t => t.Id).Take(size + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var page = rows.Take(size).ToList();
        var items = await ToResponsesAsync(db, page, cancellationToken).ConfigureAwait(false);
        return new TransactionPage(items, rows.Count > size ? page[^1].Id : null, rows.Count > size);
    }

    public async Task<IReadOnlyList<TransactionResponse>> PendingAsync(TransactionCaller caller, string? walletId, CancellationToken cancellationToken)
    {
        var waiting = new[] { TransactionStatus.Pending.ToWireName(), TransactionStatus.Queued.ToWireName() };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await Visible(db, caller, walletId).Where(t => waiting.Contains(t.Status))
            .OrderBy(t => t.Id).Take(MaxPage).ToListAsync(cancellationToken).ConfigureAwait(false);
        return await ToResponsesAsync(db, rows, cancellationToken).ConfigureAwait(false);
    }

    private static IQueryable<TransactionEntity> Visible(WaiaasDbContext db, TransactionCaller caller, string? walletId)
    {
        var query = db.Transactions.AsNoTracking();
        if (caller.WalletIds is { } allowed)
        {
            query = query.Where(t => allowed.Contains(t.WalletId));
        }

        return walletId is null ? query : query.Where(t => t.WalletId == walletId);
    }

    private async Task<List<TransactionResponse>> ToResponsesAsync(WaiaasDbContext db, List<TransactionEntity> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Where(r => r.Tier == PolicyTier.Approval.ToWireName()).Select(r => r.Id).ToList();
        var approvals = ids.Count == 0
            ? []
            : await db.PendingApprovals.AsNoTracking().Where(a => ids.Contains(a.TxId)).ToDictionaryAsync(a => a.TxId, cancellationToken).ConfigureAwait(false);
        var walletIds = approvals.Count == 0 ? [] : rows.Select(r => r.WalletId).Distinct().ToList();
        var wallets = walletIds.Count == 0
            ? []
            : await db.Wallets.AsNoTracking().Where(w => walletIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => ToResponse(r, approvals.GetValueOrDefault(r.Id), wallets.GetValueOrDefault(r.WalletId)))];
    }

    private TransactionResponse ToResponse(TransactionEntity row, PendingApprovalEntity? approval, WalletEntity? wallet)
    {
        var waiting = approval is { ApprovedAt: null, RejectedAt: null } && row.Status == TransactionStatus.Queued.ToWireName() && wallet is not null;
        return new TransactionResponse(
            row.Id, row.WalletId, row.SessionId, row.Network, row.Type, row.ToAddress, row.Amount, row.Token, row.Status, row.Tier,
            row.TxHash, row.Nonce, row.AmountUsd,
            row.ErrorCode is null ? null : new TransactionErrorResponse(row.ErrorCode, row.Error),
            row.CreatedAt, row.ExecuteAfter, row.SubmittedAt, row.ConfirmedAt,
            waiting
                ? new PendingApprovalResponse(approval!.Nonce, approval.ExpiresAt, messages.For(wallet!, row, approval, OwnerAction.Approve), messages.For(wallet!, row, approval, OwnerAction.Reject))
                : null);
    }
}
