using System.Globalization;
using System.Numerics;
using System.Text.Json;
using WaiaaS.Core.Prices;

namespace WaiaaS.Daemon.Prices;

/// <summary>
/// Reads the answer of Hermes <c>GET /v2/updates/price/latest</c>:
/// <c>{"binary": {...}, "parsed": [{"id": "&lt;hex&gt;", "price": {"price": "&lt;int64 as string&gt;", "conf": "…",
/// "expo": -8, "publish_time": &lt;unix s&gt;}, "ema_price": {…}, "metadata": {…}}]}</c>. The USD price is
/// <c>price × 10^expo</c>.
/// </summary>
internal static class HermesResponse
{
    /// <summary>Finds <paramref name="feedId"/> in <c>parsed</c>; on failure <paramref name="problem"/> says what was wrong.</summary>
    public static bool TryRead(JsonElement root, string feedId, out decimal price, out DateTimeOffset publishedAt, out string problem)
    {
        price = 0;
        publishedAt = default;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("parsed", out var parsed) || parsed.ValueKind != JsonValueKind.Array)
        {
            problem = "malformed response: no \"parsed\" array";
            return false;
        }

        var wanted = NormalizeId(feedId);
        foreach (var entry in parsed.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Object
                && entry.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                && NormalizeId(id.GetString()!) == wanted)
            {
                return TryReadPrice(entry, out price, out publishedAt, out problem);
            }
        }

        problem = "the response has no entry for the feed id";
        return false;
    }

    private static bool TryReadPrice(JsonElement entry, out decimal price, out DateTimeOffset publishedAt, out string problem)
    {
        price = 0;
        publishedAt = default;
        if (!entry.TryGetProperty("price", out var quote) || quote.ValueKind != JsonValueKind.Object
            || !quote.TryGetProperty("price", out var mantissaText) || mantissaText.ValueKind != JsonValueKind.String
            || !long.TryParse(mantissaText.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var mantissa)
            || !quote.TryGetProperty("expo", out var expoElement) || expoElement.ValueKind != JsonValueKind.Number || !expoElement.TryGetInt32(out var expo)
            || !quote.TryGetProperty("publish_time", out var publishElement) || publishElement.ValueKind != JsonValueKind.Number
            || !publishElement.TryGetInt64(out var publishTime))
        {
            problem = "malformed response: price needs \"price\" (string), \"expo\" and \"publish_time\" (integers)";
            return false;
        }

        if (mantissa <= 0)
        {
            problem = "the price is not above zero";
            return false;
        }

        // Hermes exponents are small negatives (-8 for USD feeds); anything outside this range is not a price.
        if (expo is < -255 or > 18 || publishTime is < 0 or > 253_402_300_799)
        {
            problem = "malformed response: exponent or publish_time out of range";
            return false;
        }

        price = expo <= 0
            ? UsdValue.FromBaseUnits(mantissa, -expo, 1m)
            : UsdValue.FromBaseUnits(mantissa * BigInteger.Pow(10, expo), 0, 1m);
        publishedAt = DateTimeOffset.FromUnixTimeSeconds(publishTime);
        problem = "";
        return true;
    }

    /// <summary>Feed ids are hex, case-insensitive, with or without <c>0x</c> (Hermes answers without it).</summary>
    public static string NormalizeId(string id) =>
        (id.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? id[2..] : id).ToLowerInvariant();
}
