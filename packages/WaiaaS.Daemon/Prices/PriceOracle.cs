using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Prices;

namespace WaiaaS.Daemon.Prices;

/// <summary>
/// Asks the sources in <c>oracle.sources</c> order; the first fresh price wins and is reused for <c>oracle.cache_ttl</c>
/// seconds (never beyond <c>oracle.max_price_age</c>). Concurrent requests for one symbol share one fetch. Unknown
/// results are not cached, so a recovered source is used at the next request.
/// </summary>
internal sealed class PriceOracle : IPriceOracle
{
    private readonly OracleSettings _settings;
    private readonly IPriceSource[] _sources;
    private readonly TimeProvider _time;
    private readonly ILogger<PriceOracle> _logger;
    private readonly ConcurrentDictionary<string, CachedQuote> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<PriceQuote?>>> _inFlight = new(StringComparer.Ordinal);

    public PriceOracle(OracleSettings settings, IEnumerable<IPriceSource> sources, TimeProvider time, ILogger<PriceOracle> logger)
    {
        _settings = settings;
        var byName = sources.ToDictionary(s => s.Name, StringComparer.Ordinal);
        _sources = [.. settings.Sources.Select(name => byName.TryGetValue(name, out var source)
            ? source
            : throw new InvalidOperationException($"oracle.sources names \"{name}\", which is not a price source"))];
        _time = time;
        _logger = logger;
    }

    public async ValueTask<PriceQuote?> GetUsdPriceAsync(PriceAsset asset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (!_settings.Enabled)
        {
            return null;
        }

        if (asset.Symbol is not { Length: > 0 } symbol)
        {
            PriceLog.NoSymbol(_logger, asset.Network);
            return null;
        }

        if (_cache.TryGetValue(symbol, out var cached) && IsUsable(cached))
        {
            return cached.Quote;
        }

        // The fetch belongs to every waiting caller: one caller giving up must not cancel it for the others; each
        // request inside it is bounded by request_timeout_ms.
        var fetch = _inFlight.GetOrAdd(symbol, s => new Lazy<Task<PriceQuote?>>(() => FetchAsync(s)));
        return await fetch.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<PriceQuote?> FetchAsync(string symbol)
    {
        try
        {
            foreach (var source in _sources)
            {
                var quote = await source.FetchAsync(symbol, CancellationToken.None).ConfigureAwait(false);
                if (quote is not null)
                {
                    _cache[symbol] = new CachedQuote(quote, _time.GetUtcNow());
                    PriceLog.Fetched(_logger, symbol, quote.UsdPrice, quote.Source);
                    return quote;
                }
            }

            PriceLog.Unknown(_logger, symbol, string.Join(", ", _settings.Sources));
            return null;
        }
        finally
        {
            _inFlight.TryRemove(symbol, out _);
        }
    }

    private bool IsUsable(CachedQuote cached)
    {
        var now = _time.GetUtcNow();
        return now - cached.FetchedAt < TimeSpan.FromSeconds(_settings.CacheTtlSeconds)
            && now - cached.Quote.ObservedAt <= TimeSpan.FromSeconds(_settings.MaxPriceAgeSeconds);
    }

    private readonly record struct CachedQuote(PriceQuote Quote, DateTimeOffset FetchedAt);
}
