namespace WaiaaS.Core.Prices;

/// <summary>
/// USD prices for spending limits. Answers <c>null</c> ("unknown") when the oracle is disabled, no configured source
/// knows the asset, every source failed, or the only price available is older than <c>oracle.max_price_age</c>. An
/// unknown price never means zero: the policy engine gives such a transaction at least NOTIFY
/// (<c>security.unknown_price_tier</c>).
/// </summary>
public interface IPriceOracle
{
    /// <summary>The USD price of one whole unit of <paramref name="asset"/>, or <c>null</c> when it is unknown.</summary>
    /// <param name="asset">The asset to price; only its symbol selects the price (see <see cref="PriceAsset"/>).</param>
    /// <param name="cancellationToken">Stops waiting; a fetch shared with other callers keeps running for them.</param>
    /// <returns>The quote, or <c>null</c> for "unknown".</returns>
    ValueTask<PriceQuote?> GetUsdPriceAsync(PriceAsset asset, CancellationToken cancellationToken = default);
}
