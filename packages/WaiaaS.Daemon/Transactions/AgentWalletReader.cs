using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Amounts;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Daemon.Chains;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>What an agent may read about its session's wallet: address, native balance and the balances of registered tokens.</summary>
internal sealed class AgentWalletReader(IDbContextFactory<WaiaasDbContext> contexts, ChainRouter chains)
{
    /// <summary>The wallet's address on a network: no chain call, so the network needs no RPC URL.</summary>
    public async Task<Result<AgentWalletResponse>> AddressAsync(TransactionCaller caller, string? walletId, string? network, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var found = await CallerWallet.FindAsync(db, caller, walletId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Failure;
        }

        var wallet = found.Value!;
        var resolved = chains.ResolveNetwork(wallet.Chain, wallet.Environment, network);
        return resolved.Succeeded
            ? new AgentWalletResponse(wallet.Id, wallet.Chain.ToWireName(), resolved.Value!.Id, wallet.Address)
            : resolved.Failure;
    }

    public async Task<Result<WalletBalanceResponse>> BalancesAsync(TransactionCaller caller, string? walletId, string? network, bool withTokens, CancellationToken cancellationToken)
    {
        var target = await ResolveAsync(caller, walletId, network, cancellationToken).ConfigureAwait(false);
        if (!target.Succeeded)
        {
            return target.Failure;
        }

        var (wallet, endpoint) = target.Value;
        var tokens = new List<string>();
        if (withTokens)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            tokens = await db.TokenRegistry.AsNoTracking().Where(t => t.Network == endpoint.Network.Id).Select(t => t.Address).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var adapter = chains.Adapter(wallet.Chain);
            var assets = withTokens
                ? await adapter.GetAssetsAsync(endpoint, wallet.Address, tokens, cancellationToken).ConfigureAwait(false)
                : [await adapter.GetBalanceAsync(endpoint, wallet.Address, cancellationToken).ConfigureAwait(false)];
            return new WalletBalanceResponse(wallet.Id, wallet.Chain.ToWireName(), endpoint.Network.Id, wallet.Address, [.. assets.Select(ToResponse)]);
        }
        catch (ChainException e)
        {
            return new Failure(ErrorCodes.ChainError, $"{e.Code}: {e.Message}");
        }
    }

    private static AssetBalanceResponse ToResponse(AssetBalance asset) => new(
        asset.Token,
        asset.Symbol,
        asset.Decimals,
        asset.Amount.ToString(CultureInfo.InvariantCulture),
        DecimalAmount.Format(asset.Amount, asset.Decimals),
        asset.Token is null);

    private async Task<Result<(WalletEntity Wallet, ChainEndpoint Endpoint)>> ResolveAsync(TransactionCaller caller, string? walletId, string? network, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var found = await CallerWallet.FindAsync(db, caller, walletId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Failure;
        }

        var wallet = found.Value!;
        var endpoint = chains.Resolve(wallet.Chain, wallet.Environment, network);
        return endpoint.Succeeded ? (wallet, endpoint.Value!) : endpoint.Failure;
    }
}
