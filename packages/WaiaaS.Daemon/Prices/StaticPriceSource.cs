using WaiaaS.Core.Configuration;
using WaiaaS.Core.Prices;

namespace WaiaaS.Daemon.Prices;

/// <summary>The <c>static</c> source: <c>oracle.static_prices</c>, matched by exact symbol.</summary>
internal sealed class StaticPriceSource(OracleSettings settings, TimeProvider time) : IPriceSource
{
    public const string SourceName = "static";

    public string Name => SourceName;

    public ValueTask<PriceQuote?> FetchAsync(string symbol, CancellationToken cancellationToken)
    {
        // TOML floats arrive as double; the decimal conversion keeps 15 significant digits, which reproduces any
        // price written with up to 15 digits exactly (config validation keeps prices in (0, 1e15]).
        var quote = settings.StaticPrices.TryGetValue(symbol, out var price)
            ? new PriceQuote((decimal)price, SourceName, time.GetUtcNow())
            : null;
        return ValueTask.FromResult(quote);
    }
}
