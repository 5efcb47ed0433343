using Microsoft.Extensions.Logging;

namespace WaiaaS.Daemon.Prices;

/// <summary>Log lines of the price oracle. Reasons name sources, symbols and status codes; never URLs' secrets or API keys.</summary>
internal static partial class PriceLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Price source {Source} has no price for {Symbol}: {Reason}")]
    public static partial void NoPrice(ILogger logger, string source, string symbol, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Price source {Source}: the {Symbol} price is stale ({AgeSeconds} s old, max_price_age = {MaxAgeSeconds} s)")]
    public static partial void Stale(ILogger logger, string source, string symbol, long ageSeconds, int maxAgeSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No fresh USD price for {Symbol} from any source ({Sources}): the price is unknown")]
    public static partial void Unknown(ILogger logger, string symbol, string sources);

    [LoggerMessage(Level = LogLevel.Debug, Message = "USD price of an asset without a known symbol on {Network} is unknown")]
    public static partial void NoSymbol(ILogger logger, string network);

    [LoggerMessage(Level = LogLevel.Debug, Message = "USD price of {Symbol} is {Price} from {Source}")]
    public static partial void Fetched(ILogger logger, string symbol, decimal price, string source);
}
