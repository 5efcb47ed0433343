namespace WaiaaS.Daemon.Tests.Prices;

/// <summary>One Hermes price: <c>price</c> (int64, sent as a string as Hermes does) × 10^<c>expo</c>.</summary>
public sealed record HermesPrice(string Price, int Expo, long PublishTime);

/// <summary>One CoinGecko price; <see cref="Usd"/> is written as a JSON number.</summary>
public sealed record CoinGeckoPrice(decimal Usd, long LastUpdatedAt);

/// <summary>A request the price server received.</summary>
public sealed record RecordedRequest(string Path, string Query, IReadOnlyDictionary<string, string> Headers);
