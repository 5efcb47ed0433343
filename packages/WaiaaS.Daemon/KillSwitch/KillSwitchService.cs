using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Notifications;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Notifications;
using WaiaaS.Daemon.Owners;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Wallets;

namespace WaiaaS.Daemon.KillSwitch;

/// <summary>
/// Kill-switch transitions (SPEC §10). Each one is a compare-and-set on <c>kill_switch_state</c> inside one
/// <c>BEGIN IMMEDIATE</c> transaction together with its cascade, the owner nonce it consumes (if any) and its audit
/// row; the notification follows the commit. The operator moves ACTIVE → SUSPENDED; a verified owner moves ACTIVE or
/// SUSPENDED → LOCKED; recovery goes back to ACTIVE (from LOCKED only with a verified owner's signature as well).
/// </summary>
internal sealed class KillSwitchService(
    IDbContextFactory<WaiaasDbContext> factory,
    KillSwitchStateCache cache,
    OwnerNonceStore nonces,
    AuditLogWriter audit,
    INotificationDispatcher notifications,
    TimeProvider time)
{
    public Task<Result<KillSwitchResponse>> ActivateByOperatorAsync(string? reason, RequestOrigin origin, CancellationToken cancellationToken) =>
        ActivateAsync(KillSwitchState.Suspended, null, reason, origin, cancellationToken);

    public Task<Result<KillSwitchResponse>> ActivateByOwnerAsync(OwnerCredential owner, RequestOrigin origin, CancellationToken cancellationToken) =>
        ActivateAsync(KillSwitchState.Locked, owner, null, origin, cancellationToken);

    public async Task<Result<KillSwitchResponse>> RecoverAsync(OwnerCredential? owner, RequestOrigin origin, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var (current, raw, _) = await KillSwitchStore.ReadAsync(db, cancellationToken).ConfigureAwait(false);
        if (current == KillSwitchState.Active)
        {
            return new Failure(ErrorCodes.KillSwitchNotActivated);
        }

        if (current == KillSwitchState.Locked && owner is null)
        {
            return new Failure(ErrorCodes.OwnerSignatureRequired);
        }

        if (owner is not null)
        {
            var proof = await ConsumeOwnerProofAsync(db, owner, OwnerActionMessages.RecoverStatement, cancellationToken).ConfigureAwait(false);
            if (proof is not null)
            {
                return proof;
            }
        }

        var now = WaiaasDatabase.UnixNow(time);
        if (!await KillSwitchStore.CompareAndSetAsync(db, raw, KillSwitchState.Active, now, cancellationToken).ConfigureAwait(false))
        {
            return new Failure(ErrorCodes.KillSwitchConflict);
        }

        var restored = await KillSwitchCascade.RecoverAsync(db, now, cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(db, new AuditEntry(AuditEvents.KillSwitchRecovered, origin.Actor)
        {
            RequestId = origin.RequestId,
            IpAddress = origin.IpAddress,
            Details = new JsonObject
            {
                ["previousState"] = current.ToWireName(),
                ["walletsRestored"] = restored,
                ["owner"] = owner?.Address,
            },
        }, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        cache.Set(KillSwitchState.Active);

        await notifications.DispatchAsync(new NotificationMessage(
            NotificationEventTypes.KillSwitchRecovered,
            NotificationSeverity.Critical,
            "Kill switch released",
            $"WaiaaS is running again (was {current.ToWireName()}). {restored} wallet(s) suspended by the kill switch are active again; revoked sessions stay revoked: create new ones for your agents."),
            cancellationToken).ConfigureAwait(false);
        return new KillSwitchResponse(KillSwitchState.Active.ToWireName(), current.ToWireName(), now, 0, 0, 0, restored);
    }

    private async Task<Result<KillSwitchResponse>> ActivateAsync(KillSwitchState target, OwnerCredential? owner, string? reason, RequestOrigin origin, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var (current, raw, _) = await KillSwitchStore.ReadAsync(db, cancellationToken).ConfigureAwait(false);
        if (current >= target)
        {
            return new Failure(ErrorCodes.KillSwitchAlreadyActivated, $"The kill switch is already {current.ToWireName()}.");
        }

        if (owner is not null)
        {
            var proof = await ConsumeOwnerProofAsync(db, owner, OwnerActionMessages.KillSwitchStatement, cancellationToken).ConfigureAwait(false);
            if (proof is not null)
            {
                return proof;
            }
        }

        var now = WaiaasDatabase.UnixNow(time);
        if (!await KillSwitchStore.CompareAndSetAsync(db, raw, target, now, cancellationToken).ConfigureAwait(false))
        {
            return new Failure(ErrorCodes.KillSwitchConflict);
        }

        // Visible before the commit: a signer that checks IsActive now already stops (restored below if the commit fails).
        cache.Set(target);
        var committed = false;
        try
        {
            var (sessions, transactions, wallets) = await KillSwitchCascade.ActivateAsync(db, now, cancellationToken).ConfigureAwait(false);
            await audit.AppendAsync(db, new AuditEntry(AuditEvents.KillSwitchActivated, origin.Actor)
            {
                RequestId = origin.RequestId,
                IpAddress = origin.IpAddress,
                Details = new JsonObject
                {
                    ["state"] = target.ToWireName(),
                    ["previousState"] = current.ToWireName(),
                    ["reason"] = reason,
                    ["sessionsRevoked"] = sessions,
                    ["transactionsCancelled"] = transactions,
                    ["walletsSuspended"] = wallets,
                },
            }, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            committed = true;

            var by = owner is null ? "the operator" : "owner " + owner.Address;
            await notifications.DispatchAsync(new NotificationMessage(
                NotificationEventTypes.KillSwitchActivated,
                NotificationSeverity.Critical,
                $"Kill switch activated ({target.ToWireName()})",
                $"Activated by {by}{(reason is null ? string.Empty : ": " + reason)}. {sessions} session(s) revoked, {transactions} waiting transaction(s) cancelled, {wallets} wallet(s) suspended. Recover with POST /v1/admin/recover{(target == KillSwitchState.Locked ? " and a verified owner's signature" : string.Empty)}."),
                cancellationToken).ConfigureAwait(false);
            return new KillSwitchResponse(target.ToWireName(), current.ToWireName(), now, sessions, transactions, wallets, 0);
        }
        finally
        {
            if (!committed)
            {
                cache.Set(current);
            }
        }
    }

    private async Task<Failure?> ConsumeOwnerProofAsync(WaiaasDbContext db, OwnerCredential owner, string statement, CancellationToken cancellationToken)
    {
        var message = OwnerMessageValidator.Validate(
            owner.Chain, owner.Message, owner.Address, s => s == statement, $"the statement must be \"{statement}\".", time.GetUtcNow());
        if (!message.Succeeded)
        {
            return message.Failure;
        }

        return await nonces.TryConsumeAsync(db, message.Value!.Nonce, cancellationToken).ConfigureAwait(false)
            ? null
            : new Failure(ErrorCodes.InvalidNonce);
    }
}
