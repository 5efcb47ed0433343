using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Keys;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Hosting;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Wallets;

/// <summary>
/// Wallet lifecycle (SPEC §7): create, list, get, rename, suspend/resume, terminate, purge. Every change commits in
/// one <c>BEGIN IMMEDIATE</c> transaction together with its audit row. A new key is written to the keystore before its
/// row exists, so an ACTIVE wallet always has its key file; a crash in between leaves only an unused key file.
/// </summary>
internal sealed class WalletService(
    IDbContextFactory<WaiaasDbContext> factory,
    IKeyStore keyStore,
    KeySchemeRegistry schemes,
    AuditLogWriter audit,
    TimeProvider time)
{
    public async Task<Result<WalletResponse>> CreateAsync(CreateWalletRequest request, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var name = WalletInputRules.Name(request.Name);
        if (!name.Succeeded)
        {
            return name.Failure;
        }

        if (request.Chain is null || !ChainNames.TryParseChain(request.Chain, out var chain))
        {
            return new Failure(ErrorCodes.ValidationFailed, "chain must be \"solana\" or \"ethereum\".");
        }

        var environmentName = request.Environment ?? ChainNames.Testnet;
        if (!ChainNames.TryParseEnvironment(environmentName, out var environment))
        {
            return new Failure(ErrorCodes.ValidationFailed, "environment must be \"testnet\" or \"mainnet\".");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await NameTakenAsync(db, name.Value!, null, cancellationToken).ConfigureAwait(false))
        {
            return new Failure(ErrorCodes.WalletNameTaken, $"a wallet named '{name.Value}' already exists.");
        }

        var id = WaiaasDatabase.NewId(time);
        var key = keyStore.Create(id, schemes.For(chain));
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (await NameTakenAsync(db, name.Value!, null, cancellationToken).ConfigureAwait(false))
            {
                keyStore.Delete(id);
                return new Failure(ErrorCodes.WalletNameTaken, $"a wallet named '{name.Value}' already exists.");
            }

            var now = WaiaasDatabase.UnixNow(time);
            var wallet = new WalletEntity
            {
                Id = id,
                Name = name.Value!,
                Chain = chain,
                Environment = environment,
                PublicKey = Convert.ToHexStringLower(key.PublicKey.Span),
                Address = key.Address,
                Status = WalletStatus.Active,
                OwnerState = OwnerState.None,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Wallets.Add(wallet);
            await AppendAsync(db, AuditEvents.WalletCreated, wallet, origin, new JsonObject
            {
                ["name"] = wallet.Name,
                ["chain"] = request.Chain,
                ["environment"] = environmentName,
                ["address"] = wallet.Address,
            }, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return wallet.ToResponse();
        }
        catch
        {
            keyStore.Delete(id);
            throw;
        }
    }

    public async Task<IReadOnlyList<WalletResponse>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var wallets = await db.Wallets.AsNoTracking().OrderBy(w => w.CreatedAt).ThenBy(w => w.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return wallets.Select(w => w.ToResponse()).ToList();
    }

    public async Task<Result<WalletResponse>> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var wallet = await db.Wallets.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken).ConfigureAwait(false);
        return wallet is null ? new Failure(ErrorCodes.WalletNotFound) : wallet.ToResponse();
    }

    public Task<Result<WalletResponse>> RenameAsync(string id, string? newName, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var name = WalletInputRules.Name(newName);
        if (!name.Succeeded)
        {
            return Task.FromResult<Result<WalletResponse>>(name.Failure);
        }

        return ChangeAsync(id, origin, AuditEvents.WalletRenamed, async (db, wallet) =>
        {
            if (wallet.Status == WalletStatus.Terminated)
            {
                return new Failure(ErrorCodes.WalletTerminated);
            }

            if (await NameTakenAsync(db, name.Value!, id, cancellationToken).ConfigureAwait(false))
            {
                return new Failure(ErrorCodes.WalletNameTaken, $"a wallet named '{name.Value}' already exists.");
            }

            var details = new JsonObject { ["from"] = wallet.Name, ["to"] = name.Value };
            wallet.Name = name.Value!;
            return details;
        }, cancellationToken);
    }

    public Task<Result<WalletResponse>> SuspendAsync(string id, string? reason, RequestOrigin origin, CancellationToken cancellationToken)
    {
        var checkedReason = WalletInputRules.Reason(reason);
        if (!checkedReason.Succeeded)
        {
            return Task.FromResult<Result<WalletResponse>>(checkedReason.Failure);
        }

        return ChangeAsync(id, origin, AuditEvents.WalletSuspended, (_, wallet) =>
        {
            if (wallet.Status != WalletStatus.Active)
            {
                return Task.FromResult(StateFailure(wallet, "suspend"));
            }

            wallet.Status = WalletStatus.Suspended;
            wallet.SuspendedAt = WaiaasDatabase.UnixNow(time);
            wallet.SuspensionReason = checkedReason.Value ?? "suspended by the operator";
            return Task.FromResult<Result<JsonObject>>(new JsonObject { ["reason"] = wallet.SuspensionReason });
        }, cancellationToken);
    }

    public Task<Result<WalletResponse>> ResumeAsync(string id, RequestOrigin origin, CancellationToken cancellationToken) =>
        ChangeAsync(id, origin, AuditEvents.WalletResumed, (_, wallet) =>
        {
            if (wallet.Status != WalletStatus.Suspended)
            {
                return Task.FromResult(StateFailure(wallet, "resume"));
            }

            var details = new JsonObject { ["previousReason"] = wallet.SuspensionReason };
            wallet.Status = WalletStatus.Active;
            wallet.SuspendedAt = null;
            wallet.SuspensionReason = null;
            return Task.FromResult<Result<JsonObject>>(details);
        }, cancellationToken);

    public Task<Result<WalletResponse>> TerminateAsync(string id, RequestOrigin origin, CancellationToken cancellationToken) =>
        ChangeAsync(id, origin, AuditEvents.WalletTerminated, (_, wallet) =>
        {
            if (wallet.Status is not (WalletStatus.Active or WalletStatus.Suspended))
            {
                return Task.FromResult(StateFailure(wallet, "terminate"));
            }

            var details = new JsonObject { ["previousStatus"] = UpperSnakeEnumConverter<WalletStatus>.Format(wallet.Status) };
            wallet.Status = WalletStatus.Terminated;
            wallet.TerminatedAt = WaiaasDatabase.UnixNow(time);
            return Task.FromResult<Result<JsonObject>>(details);
        }, cancellationToken);

    /// <summary>Removes a terminated wallet's key file for good; the row and its audit history stay.</summary>
    public Task<Result<WalletResponse>> PurgeAsync(string id, RequestOrigin origin, CancellationToken cancellationToken) =>
        ChangeAsync(id, origin, AuditEvents.WalletPurged, (_, wallet) =>
        {
            if (wallet.Status != WalletStatus.Terminated || wallet.PurgedAt is not null)
            {
                return Task.FromResult(StateFailure(wallet, wallet.PurgedAt is null ? "purge (terminate it first)" : "purge again"));
            }

            var removed = keyStore.Delete(wallet.Id);
            wallet.PurgedAt = WaiaasDatabase.UnixNow(time);
            return Task.FromResult<Result<JsonObject>>(new JsonObject { ["keyFileRemoved"] = removed });
        }, cancellationToken);

    private async Task<Result<WalletResponse>> ChangeAsync(
        string id,
        RequestOrigin origin,
        string eventType,
        Func<WaiaasDbContext, WalletEntity, Task<Result<JsonObject>>> change,
        CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var wallet = await db.Wallets.FirstOrDefaultAsync(w => w.Id == id, cancellationToken).ConfigureAwait(false);
        if (wallet is null)
        {
            return new Failure(ErrorCodes.WalletNotFound);
        }

        var outcome = await change(db, wallet).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return outcome.Failure;
        }

        wallet.UpdatedAt = WaiaasDatabase.UnixNow(time);
        await AppendAsync(db, eventType, wallet, origin, outcome.Value, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return wallet.ToResponse();
    }

    private Task<AuditLogEntity> AppendAsync(WaiaasDbContext db, string eventType, WalletEntity wallet, RequestOrigin origin, JsonObject? details, CancellationToken cancellationToken) =>
        audit.AppendAsync(db, new AuditEntry(eventType, origin.Actor)
        {
            WalletId = wallet.Id,
            RequestId = origin.RequestId,
            IpAddress = origin.IpAddress,
            Details = details,
        }, cancellationToken);

    private static Task<bool> NameTakenAsync(WaiaasDbContext db, string name, string? exceptId, CancellationToken cancellationToken) =>
        db.Wallets.AnyAsync(w => w.Name == name && w.Status != WalletStatus.Terminated && w.Id != exceptId, cancellationToken);

    private static Result<JsonObject> StateFailure(WalletEntity wallet, string action) =>
        new Failure(
            wallet.Status == WalletStatus.Terminated ? ErrorCodes.WalletTerminated : ErrorCodes.InvalidWalletState,
            $"cannot {action}: the wallet is {UpperSnakeEnumConverter<WalletStatus>.Format(wallet.Status)}.");
}
