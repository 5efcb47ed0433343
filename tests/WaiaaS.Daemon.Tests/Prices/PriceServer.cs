using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WaiaaS.Daemon.Tests.Prices;

/// <summary>
/// A local price server on a random 127.0.0.1 port (real Kestrel, real sockets) that answers like the two price APIs:
/// Pyth Hermes <c>GET /v2/updates/price/latest?ids[]=…</c> with the documented <c>{"binary": {"encoding": "hex",
/// "data": [...]}, "parsed": [{"id", "price": {"price" (string), "conf" (string), "expo", "publish_time"},
/// "ema_price", "metadata": {"slot", "proof_available_time", "prev_publish_time"}}]}</c> shape (ids without 0x, 404
/// for an unknown id), and CoinGecko <c>GET /api/v3/simple/price?ids=…&amp;vs_currencies=usd</c> with
/// <c>{"&lt;id&gt;": {"usd": n, "last_updated_at": t}}</c> (<c>{}</c> for an unknown id). Tests set what each route answers.
/// </summary>
public sealed class PriceServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PriceServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string PythUrl => BaseUrl;

    public string CoinGeckoUrl => BaseUrl + "/api/v3";

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Pyth prices by feed id as the test wants them (without 0x); missing → 404 like Hermes.</summary>
    public ConcurrentDictionary<string, HermesPrice> PythPrices { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>CoinGecko prices by coin id; missing → <c>{}</c> like CoinGecko.</summary>
    public ConcurrentDictionary<string, CoinGeckoPrice> CoinGeckoPrices { get; } = new(StringComparer.Ordinal);

    public RouteBehaviour Pyth { get; } = new();

    public RouteBehaviour CoinGecko { get; } = new();

    public static async Task<PriceServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        PriceServer? server = null;
        app.MapGet("/v2/updates/price/latest", (HttpContext context) => server!.HermesAsync(context));
        app.MapGet("/api/v3/simple/price", (HttpContext context) => server!.CoinGeckoAsync(context));
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(address.Host)));
        server = new PriceServer(app, $"http://127.0.0.1:{address.Port}");
        return server;
    }

    public int CountOf(string route) => Requests.Count(r => r.Path == route);

    public async ValueTask DisposeAsync()
    {
        Pyth.Release();
        CoinGecko.Release();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HermesAsync(HttpContext context)
    {
        Record(context);
        if (await Pyth.OverrideAsync(context))
        {
            return;
        }

        var ids = context.Request.Query["ids[]"].Select(id => id!.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? id[2..] : id).ToList();
        var missing = ids.Where(id => !PythPrices.ContainsKey(id)).ToList();
        if (ids.Count == 0 || missing.Count > 0)
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("Price ids not found: " + string.Join(", ", missing));
            return;
        }

        var parsed = ids.Select(id =>
        {
            var p = PythPrices[id];
            return new
            {
                id = id.ToLowerInvariant(),
                price = new { price = p.Price, conf = "1520000", expo = p.Expo, publish_time = p.PublishTime },
                ema_price = new { price = p.Price, conf = "1610000", expo = p.Expo, publish_time = p.PublishTime },
                metadata = new { slot = 187654321L, proof_available_time = p.PublishTime + 1, prev_publish_time = p.PublishTime - 1 },
            };
        });
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { binary = new { encoding = "hex", data = new[] { "504e415501000000" } }, parsed }));
    }

    private async Task CoinGeckoAsync(HttpContext context)
    {
        Record(context);
        if (await CoinGecko.OverrideAsync(context))
        {
            return;
        }

        var answer = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var id in context.Request.Query["ids"].SelectMany(v => v!.Split(',')))
        {
            if (CoinGeckoPrices.TryGetValue(id, out var price) && context.Request.Query["vs_currencies"] == "usd")
            {
                answer[id] = context.Request.Query["include_last_updated_at"] == "true"
                    ? new Dictionary<string, object> { ["usd"] = price.Usd, ["last_updated_at"] = price.LastUpdatedAt }
                    : new Dictionary<string, object> { ["usd"] = price.Usd };
            }
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(answer));
    }

    private void Record(HttpContext context) =>
        Requests.Enqueue(new RecordedRequest(
            context.Request.Path.Value!,
            context.Request.QueryString.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
}
