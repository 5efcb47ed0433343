using WaiaaS.Core.Prices;

namespace WaiaaS.Daemon.Prices;

/// <summary>One place prices come from. A source that cannot answer logs why and returns null; it does not throw.</summary>
internal interface IPriceSource
{
    /// <summary>The name used in <c>oracle.sources</c> and in <see cref="PriceQuote.Source"/>.</summary>
    string Name { get; }

    /// <summary>The fresh USD price of one unit of <paramref name="symbol"/>, or null when this source has none.</summary>
    ValueTask<PriceQuote?> FetchAsync(string symbol, CancellationToken cancellationToken);
}
