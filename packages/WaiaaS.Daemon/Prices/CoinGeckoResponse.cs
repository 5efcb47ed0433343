using System.Text.Json;

namespace WaiaaS.Daemon.Prices;

/// <summary>
/// Reads the answer of CoinGecko <c>GET /simple/price?ids=&lt;id&gt;&amp;vs_currencies=usd&amp;include_last_updated_at=true</c>:
/// <c>{"&lt;id&gt;": {"usd": 150.25, "last_updated_at": &lt;unix s&gt;}}</c>; an unknown id gives <c>{}</c>.
/// </summary>
internal static class CoinGeckoResponse
{
    public static bool TryRead(JsonElement root, string coinId, out decimal price, out DateTimeOffset? updatedAt, out string problem)
    {
        price = 0;
        updatedAt = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = "malformed response: not a JSON object";
            return false;
        }

        if (!root.TryGetProperty(coinId, out var coin))
        {
            problem = "the response has no entry for the coin id";
            return false;
        }

        // TryGetDecimal parses the JSON number text straight to decimal: no binary floating point on the way.
        if (coin.ValueKind != JsonValueKind.Object || !coin.TryGetProperty("usd", out var usd)
            || usd.ValueKind != JsonValueKind.Number || !usd.TryGetDecimal(out price))
        {
            problem = "malformed response: no numeric \"usd\" price";
            return false;
        }

        if (coin.TryGetProperty("last_updated_at", out var updated))
        {
            if (updated.ValueKind != JsonValueKind.Number || !updated.TryGetInt64(out var seconds) || seconds is < 0 or > 253_402_300_799)
            {
                problem = "malformed response: \"last_updated_at\" is not a Unix time";
                return false;
            }

            updatedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        problem = "";
        return true;
    }
}
