using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Prices;

namespace WaiaaS.Daemon.Prices;

/// <summary>
/// The HTTP part shared by the remote sources: one GET with <c>oracle.request_timeout_ms</c>, status and JSON checks,
/// and the staleness rule. Every failure is logged and becomes null ("this source has no price").
/// </summary>
internal sealed class PriceHttp(IHttpClientFactory clients, OracleSettings settings, TimeProvider time, ILogger<PriceHttp> logger)
{
    /// <summary>Largest response accepted; a Hermes answer for one feed is a few kilobytes.</summary>
    public const long MaxResponseBytes = 1 << 20;

    public ILogger Logger => logger;

    /// <summary>Sends <paramref name="request"/> through the named client and parses the body as JSON, or returns null.</summary>
    public async Task<JsonDocument?> GetJsonAsync(string clientName, HttpRequestMessage request, string source, string symbol, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMilliseconds(settings.RequestTimeoutMs));
        try
        {
            using var client = clients.CreateClient(clientName);
            using var response = await client.SendAsync(request, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                PriceLog.NoPrice(logger, source, symbol, "HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
                return null;
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            return await JsonDocument.ParseAsync(body, cancellationToken: timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            PriceLog.NoPrice(logger, source, symbol, $"no answer within request_timeout_ms = {settings.RequestTimeoutMs}");
        }
        catch (HttpRequestException ex)
        {
            // The message names the host and the socket error; API keys travel in headers and never appear in it.
            PriceLog.NoPrice(logger, source, symbol, "request failed: " + ex.Message);
        }
        catch (JsonException)
        {
            PriceLog.NoPrice(logger, source, symbol, "the response is not JSON");
        }

        return null;
    }

    /// <summary>The quote, or null (logged) when it is older than <c>oracle.max_price_age</c> or not above zero.</summary>
    public PriceQuote? Accept(string source, string symbol, decimal price, DateTimeOffset observedAt)
    {
        if (price <= 0)
        {
            PriceLog.NoPrice(logger, source, symbol, "the price is not above zero");
            return null;
        }

        var age = time.GetUtcNow() - observedAt;
        if (age > TimeSpan.FromSeconds(settings.MaxPriceAgeSeconds))
        {
            PriceLog.Stale(logger, source, symbol, (long)age.TotalSeconds, settings.MaxPriceAgeSeconds);
            return null;
        }

        return new PriceQuote(price, source, observedAt);
    }

    /// <summary><paramref name="baseUrl"/> + <paramref name="pathAndQuery"/>, whether or not the base ends with '/'.</summary>
    public static Uri Combine(string baseUrl, string pathAndQuery) => new(baseUrl.TrimEnd('/') + pathAndQuery, UriKind.Absolute);
}
