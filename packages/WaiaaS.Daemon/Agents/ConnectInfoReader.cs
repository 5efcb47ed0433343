using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.Chains;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.Policies;
using WaiaaS.Daemon.Sessions;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Wallets;

namespace WaiaaS.Daemon.Agents;

/// <summary>Builds <c>GET /v1/connect-info</c>: the caller's session, wallets, networks and policies in one answer.</summary>
internal sealed class ConnectInfoReader(IDbContextFactory<WaiaasDbContext> factory, WalletNetworkCatalog networks, ChainRouter chains, TimeProvider time)
{
    private static readonly string[] AllTypes = [.. Enum.GetValues<TransactionType>().Select(t => t.ToWireName())];

    public async Task<Result<ConnectInfoResponse>> ReadAsync(AuthenticatedSession caller, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == caller.SessionId, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return new Failure(ErrorCodes.SessionNotFound);
        }

        var walletIds = caller.WalletIds;
        var linked = await SessionMapping.WalletsOfAsync(db, [session.Id], cancellationToken).ConfigureAwait(false);
        var wallets = await db.Wallets.AsNoTracking().Where(w => walletIds.Contains(w.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var policies = await db.Policies.AsNoTracking()
            .Where(p => p.Enabled && (p.WalletId == null || walletIds.Contains(p.WalletId)))
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        var allowedNetworks = caller.Constraints.AllowedNetworks;
        var ordered = walletIds.Select(id => wallets.First(w => w.Id == id)).Select(w =>
        {
            var shown = w.ToResponse();
            return new ConnectInfoWalletResponse(
                w.Id,
                w.Name,
                shown.Chain,
                shown.Environment,
                w.Address,
                shown.Status,
                shown.OwnerState,
                chains.DefaultNetwork(w.Chain, w.Environment),
                [.. networks.For(w.Chain, w.Environment).Where(n => allowedNetworks.IsDefaultOrEmpty || allowedNetworks.Contains(n.Id))]);
        }).ToList();
        var types = caller.Constraints.AllowedTypes.IsDefaultOrEmpty ? AllTypes : [.. caller.Constraints.AllowedTypes];
        var response = session.ToResponse([.. linked[session.Id]], WaiaasDatabase.UnixNow(time));
        var policyResponses = policies.Select(PolicyService.ToResponse).ToList();
        return new ConnectInfoResponse(response, ordered, policyResponses, types, ProductInfo.Version, ConnectInfoPrompt.Compose(ordered, policyResponses, types));
    }
}
