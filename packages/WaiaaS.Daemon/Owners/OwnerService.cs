using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Wallets;

namespace WaiaaS.Daemon.Owners;

/// <summary>
/// Registering (GRACE) and proving (LOCKED) a wallet's owner. Each change commits in one <c>BEGIN IMMEDIATE</c>
/// transaction with its audit row (and, for the proof, the nonce it consumes).
/// </summary>
internal sealed class OwnerService(IDbContextFactory<WaiaasDbContext> factory, OwnerNonceStore nonces, AuditLogWriter audit, TimeProvider time)
{
    public async Task<Result<WalletResponse>> SetOwnerAsync(string walletId, string? ownerAddress, RequestOrigin origin, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var wallet = await db.Wallets.FirstOrDefaultAsync(w => w.Id == walletId, cancellationToken).ConfigureAwait(false);
        if (wallet is null)
        {
            return new Failure(ErrorCodes.WalletNotFound);
        }

        if (wallet.Status is WalletStatus.Terminated or WalletStatus.Terminating)
        {
            return new Failure(ErrorCodes.WalletTerminated);
        }

        var validated = OwnerAddressRules.Validate(wallet.Chain, ownerAddress);
        if (!validated.Succeeded)
        {
            return validated.Failure;
        }

        var address = validated.Value!;
        if (wallet.OwnerState == OwnerState.Locked)
        {
            // Re-sending the verified address changes nothing; any other address would let the operator replace the
            // owner who approves transactions, which is exactly what LOCKED exists to prevent.
            return string.Equals(wallet.OwnerAddress, address, StringComparison.Ordinal)
                ? wallet.ToResponse()
                : new Failure(ErrorCodes.OwnerLocked);
        }

        // A wallet of this daemon signs whatever its sessions ask for; as an owner it could approve its own requests.
        if (await db.Wallets.AnyAsync(w => w.Address == address, cancellationToken).ConfigureAwait(false))
        {
            return new Failure(ErrorCodes.InvalidOwnerAddress, "ownerAddress is the address of a wallet of this daemon; the owner must be a key the agents cannot use.");
        }

        var details = new JsonObject { ["from"] = wallet.OwnerAddress, ["to"] = address, ["ownerState"] = "GRACE" };
        wallet.OwnerAddress = address;
        wallet.OwnerState = OwnerState.Grace;
        wallet.UpdatedAt = WaiaasDatabase.UnixNow(time);
        await audit.AppendAsync(db, new AuditEntry(AuditEvents.WalletOwnerSet, origin.Actor)
        {
            WalletId = wallet.Id,
            RequestId = origin.RequestId,
            IpAddress = origin.IpAddress,
            Details = details,
        }, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return wallet.ToResponse();
    }

    public async Task<Result<WalletResponse>> VerifyOwnerAsync(string walletId, OwnerCredential credential, RequestOrigin origin, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var wallet = await db.Wallets.FirstOrDefaultAsync(w => w.Id == walletId, cancellationToken).ConfigureAwait(false);
        if (wallet is null)
        {
            return new Failure(ErrorCodes.WalletNotFound);
        }

        if (wallet.Status is WalletStatus.Terminated or WalletStatus.Terminating)
        {
            return new Failure(ErrorCodes.WalletTerminated);
        }

        if (wallet.OwnerState == OwnerState.Locked)
        {
            return new Failure(ErrorCodes.OwnerLocked, "The owner is already verified.");
        }

        if (wallet.OwnerState != OwnerState.Grace || !string.Equals(wallet.OwnerAddress, credential.Address, StringComparison.Ordinal))
        {
            return new Failure(ErrorCodes.InvalidOwnerMessage, "The wallet's owner changed while the request ran; sign again.");
        }

        var verifyStatement = OwnerActionMessages.VerifyStatement(walletId);
        var message = OwnerMessageValidator.Validate(
            wallet.Chain,
            credential.Message,
            credential.Address,
            statement => statement is null || statement == verifyStatement || !statement.StartsWith(OwnerActionMessages.StatementPrefix, StringComparison.Ordinal),
            $"the statement must be absent, \"{verifyStatement}\", or a text not starting with \"{OwnerActionMessages.StatementPrefix}\".",
            time.GetUtcNow());
        if (!message.Succeeded)
        {
            return message.Failure;
        }

        if (!await nonces.TryConsumeAsync(db, message.Value!.Nonce, cancellationToken).ConfigureAwait(false))
        {
            return new Failure(ErrorCodes.InvalidNonce);
        }

        wallet.OwnerState = OwnerState.Locked;
        wallet.UpdatedAt = WaiaasDatabase.UnixNow(time);
        await audit.AppendAsync(db, new AuditEntry(AuditEvents.WalletOwnerLocked, origin.Actor)
        {
            WalletId = wallet.Id,
            RequestId = origin.RequestId,
            IpAddress = origin.IpAddress,
            Details = new JsonObject { ["ownerAddress"] = wallet.OwnerAddress, ["nonce"] = message.Value.Nonce },
        }, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return wallet.ToResponse();
    }
}
