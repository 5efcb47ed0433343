using WaiaaS.Core.Configuration;
using WaiaaS.Core.Prices;

namespace WaiaaS.Daemon.Prices;

/// <summary>
/// The <c>coingecko</c> source: <c>GET {coingecko_url}/simple/price?ids=&lt;id&gt;&amp;vs_currencies=usd&amp;include_last_updated_at=true</c>
/// for symbols in <c>oracle.coingecko_ids</c>. CoinGecko's own staleness hint (<c>last_updated_at</c>) is checked
/// against <c>oracle.max_price_age</c> like Pyth's publish time.
/// </summary>
internal sealed class CoinGeckoPriceSource(OracleSettings settings, PriceHttp http, TimeProvider time) : IPriceSource
{
    public const string SourceName = "coingecko";
    public const string ClientName = "waiaas.prices.coingecko";

    // CoinGecko keys are plan-bound: Pro keys only work on pro-api.coingecko.com with x-cg-pro-api-key, Demo keys on
    // the public root with x-cg-demo-api-key. The base URL already says which plan the operator has.
    public const string ProHost = "pro-api.coingecko.com";
    public const string ProKeyHeader = "x-cg-pro-api-key";
    public const string DemoKeyHeader = "x-cg-demo-api-key";

    public string Name => SourceName;

    public async ValueTask<PriceQuote?> FetchAsync(string symbol, CancellationToken cancellationToken)
    {
        if (!settings.CoingeckoIds.TryGetValue(symbol, out var coinId))
        {
            return null;
        }

        var url = PriceHttp.Combine(settings.CoingeckoUrl,
            "/simple/price?ids=" + Uri.EscapeDataString(coinId) + "&vs_currencies=usd&include_last_updated_at=true");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (settings.CoingeckoApiKey.Length > 0)
        {
            request.Headers.TryAddWithoutValidation(KeyHeaderFor(url), settings.CoingeckoApiKey);
        }

        using var document = await http.GetJsonAsync(ClientName, request, SourceName, symbol, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        if (!CoinGeckoResponse.TryRead(document.RootElement, coinId, out var price, out var updatedAt, out var problem))
        {
            PriceLog.NoPrice(http.Logger, SourceName, symbol, problem);
            return null;
        }

        // Without last_updated_at the price is as fresh as the answer (CoinGecko refreshes it every 60 s or faster).
        return http.Accept(SourceName, symbol, price, updatedAt ?? time.GetUtcNow());
    }

    public static string KeyHeaderFor(Uri url) =>
        string.Equals(url.Host, ProHost, StringComparison.OrdinalIgnoreCase) ? ProKeyHeader : DemoKeyHeader;
}
