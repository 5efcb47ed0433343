using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Sessions;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Chains;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// Stages 1–4 of SPEC §9 for <c>POST /v1/transactions/send</c>: validate and resolve, then in ONE write transaction
/// check the session's constraints, evaluate the policies against the reservation ledger and insert the row (which is
/// the reservation), with its audit rows. The caller gets the id, status and tier as soon as that commits; execution
/// (stage 5–6) continues in <see cref="TransactionExecutor"/>.
/// </summary>
internal sealed class TransactionPipeline(
    IDbContextFactory<WaiaasDbContext> contexts,
    TransactionRequestResolver resolver,
    TransactionPolicyGate policies,
    TransactionRecordFactory records,
    ChainRouter chains,
    TransactionEvents events,
    AuditLogWriter audit)
{
    public async Task<Result<SendOutcome>> SendAsync(SendCommand command, TransactionCaller caller, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var resolved = await resolver.ResolveAsync(command, caller, cancellationToken).ConfigureAwait(false);
        if (!resolved.Succeeded)
        {
            return resolved.Failure;
        }

        var request = resolved.Value!;
        if (idempotencyKey is not null)
        {
            var earlier = await FindByKeyAsync(request.Wallet.Id, idempotencyKey, command.RequestHash, cancellationToken).ConfigureAwait(false);
            if (earlier is not null)
            {
                return earlier.Value;
            }
        }

        try
        {
            return await DecideAsync(request, caller, idempotencyKey, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (idempotencyKey is not null && e.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // A concurrent request with the same key won the unique index; answer as it was answered.
            return (await FindByKeyAsync(request.Wallet.Id, idempotencyKey, command.RequestHash, cancellationToken).ConfigureAwait(false))
                ?? throw new InvalidOperationException("the idempotency key collided but no row holds it", e);
        }
    }

    /// <summary>What sending would do (tier or denial, USD value, fee), with no side effect: the policy stage runs in a transaction that is rolled back.</summary>
    public async Task<Result<SimulateTransactionResponse>> SimulateAsync(SendCommand command, TransactionCaller caller, CancellationToken cancellationToken)
    {
        var resolved = await resolver.ResolveAsync(command, caller, cancellationToken).ConfigureAwait(false);
        if (!resolved.Succeeded)
        {
            return resolved.Failure;
        }

        var request = resolved.Value!;
        var denial = caller.Constraints is null ? null : SessionConstraintEvaluator.Evaluate(request.Intent, caller.Constraints)?.ToFailure();
        PolicyDecision? outcome = null;
        if (denial is null)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            outcome = await policies.EvaluateAsync(db, request.Wallet, request.Intent, null, cancellationToken).ConfigureAwait(false);
            denial = outcome.Denial?.ToFailure();
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        }

        string? fee = null;
        string? feeError = null;
        try
        {
            var adapter = chains.Adapter(request.Wallet.Chain);
            var estimate = await adapter.EstimateFeeAsync(request.Endpoint, ChainRequestFactory.Create(records.Create(request, caller, null), request.Wallet.Address), cancellationToken).ConfigureAwait(false);
            fee = estimate.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (ChainException e)
        {
            feeError = $"{e.Code}: {e.Message}";
        }

        return new SimulateTransactionResponse(
            denial is null,
            denial is null ? outcome!.Tier.ToWireName() : null,
            denial is null ? null : new SimulatedDenial(denial.Error.Code, denial.Message ?? denial.Error.Message, denial.Details),
            request.Intent.AmountUsd,
            fee,
            feeError);
    }

    private async Task<Result<SendOutcome>> DecideAsync(ResolvedRequest request, TransactionCaller caller, string? idempotencyKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = records.Create(request, caller, idempotencyKey);
        db.Transactions.Add(row);
        await AppendAsync(db, row, caller, AuditEvents.TransactionRequested, TransactionRecordFactory.RequestedDetails(request), cancellationToken).ConfigureAwait(false);

        var violation = caller.Constraints is null ? null : SessionConstraintEvaluator.Evaluate(request.Intent, caller.Constraints)?.ToFailure();
        var outcome = violation is null ? await policies.EvaluateAsync(db, request.Wallet, request.Intent, row.Id, cancellationToken).ConfigureAwait(false) : null;
        var denial = violation ?? outcome!.Denial?.ToFailure();
        if (denial is not null)
        {
            row.Status = TransactionStatus.Cancelled.ToWireName();
            row.ErrorCode = denial.Error.Code;
            row.Error = denial.Message ?? denial.Error.Message;
            await AppendAsync(db, row, caller, AuditEvents.TransactionDenied, DenialDetails(denial), cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            await events.DeniedAsync(row, denial, cancellationToken).ConfigureAwait(false);
            return WithTransactionId(denial, row.Id);
        }

        var approval = records.Place(db, request.Wallet, row, outcome!);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await events.AcceptedAsync(row, outcome!, approval, cancellationToken).ConfigureAwait(false);
        return new SendOutcome(row.Id, Parse(row.Status), outcome!.Tier, Replayed: false);
    }

    private async Task<Result<SendOutcome>?> FindByKeyAsync(string walletId, string key, string requestHash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Transactions.AsNoTracking()
            .FirstOrDefaultAsync(t => t.WalletId == walletId && t.IdempotencyKey == key, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        if (row.RequestHash != requestHash)
        {
            return new Failure(ErrorCodes.IdempotencyKeyReused, $"Idempotency-Key '{key}' was used for transaction {row.Id} with a different request.");
        }

        if (row.Status == TransactionStatus.Cancelled.ToWireName() && row.Tier is null && row.ErrorCode is { } code && ErrorCodes.Find(code) is { } error)
        {
            return WithTransactionId(new Failure(error, row.Error), row.Id);
        }

        return new SendOutcome(row.Id, Parse(row.Status), row.Tier is null ? null : ParseTier(row.Tier), Replayed: true);
    }

    private Task<AuditLogEntity> AppendAsync(WaiaasDbContext db, TransactionEntity row, TransactionCaller caller, string eventType, JsonObject details, CancellationToken cancellationToken) =>
        audit.AppendAsync(db, new AuditEntry(eventType, caller.Actor)
        {
            WalletId = row.WalletId,
            SessionId = row.SessionId,
            TransactionId = row.Id,
            RequestId = caller.RequestId,
            Details = details,
        }, cancellationToken);

    private static JsonObject DenialDetails(Failure denial)
    {
        var details = denial.Details?.DeepClone().AsObject() ?? [];
        details["code"] = denial.Error.Code;
        details["reason"] ??= denial.Message;
        return details;
    }

    private static Failure WithTransactionId(Failure failure, string id)
    {
        var details = failure.Details?.DeepClone().AsObject() ?? [];
        details["transactionId"] = id;
        return failure with { Details = details };
    }

    private static TransactionStatus Parse(string status) =>
        WireNames.TryParse<TransactionStatus>(status, out var parsed) ? parsed : throw new InvalidDataException($"unknown transaction status '{status}'");

    private static PolicyTier ParseTier(string tier) =>
        WireNames.TryParse<PolicyTier>(tier, out var parsed) ? parsed : throw new InvalidDataException($"unknown tier '{tier}'");
}
