using System.Net.Http.Headers;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Prices;

namespace WaiaaS.Daemon.Prices;

/// <summary>
/// The <c>pyth</c> source: Pyth Hermes <c>GET {pyth_url}/v2/updates/price/latest?ids[]=&lt;feed id&gt;</c> for symbols in
/// <c>oracle.pyth_feed_ids</c>; <c>oracle.pyth_api_key</c>, when set, goes in <c>Authorization: Bearer</c>.
/// </summary>
internal sealed class PythPriceSource(OracleSettings settings, PriceHttp http) : IPriceSource
{
    public const string SourceName = "pyth";
    public const string ClientName = "waiaas.prices.pyth";

    public string Name => SourceName;

    public async ValueTask<PriceQuote?> FetchAsync(string symbol, CancellationToken cancellationToken)
    {
        if (!settings.PythFeedIds.TryGetValue(symbol, out var feedId))
        {
            return null;
        }

        var url = PriceHttp.Combine(settings.PythUrl, "/v2/updates/price/latest?ids%5B%5D=" + Uri.EscapeDataString(feedId) + "&parsed=true");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (settings.PythApiKey.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.PythApiKey);
        }

        using var document = await http.GetJsonAsync(ClientName, request, SourceName, symbol, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        if (!HermesResponse.TryRead(document.RootElement, feedId, out var price, out var publishedAt, out var problem))
        {
            PriceLog.NoPrice(http.Logger, SourceName, symbol, problem);
            return null;
        }

        return http.Accept(SourceName, symbol, price, publishedAt);
    }
}
