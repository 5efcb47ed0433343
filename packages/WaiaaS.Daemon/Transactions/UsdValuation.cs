using WaiaaS.Core.Policies;
using WaiaaS.Core.Prices;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// Values a request's amount in USD through the price oracle; null when the asset has no trusted symbol or no fresh
/// price is known (SPEC §8: unknown price → at least NOTIFY). Symbols come from the resolver (native coins, the
/// operator's token registry), never from the agent.
/// </summary>
internal sealed class UsdValuation(IPriceOracle oracle)
{
    public async ValueTask<decimal?> ValueAsync(TransactionIntent intent, CancellationToken cancellationToken)
    {
        if (intent.Symbol is null || intent.Decimals is not { } decimals)
        {
            return null;
        }

        var quote = await oracle.GetUsdPriceAsync(new PriceAsset(intent.Chain, intent.Network, intent.Symbol, intent.Token), cancellationToken).ConfigureAwait(false);
        return quote?.ValueOf(intent.Amount, decimals);
    }
}
