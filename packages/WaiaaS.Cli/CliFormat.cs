using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WaiaaS.Cli;

/// <summary>How commands print times and JSON.</summary>
internal static class CliFormat
{
    /// <summary>Indented JSON that keeps paths and names readable (no HTML escaping: this is a terminal, not a page).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Unix seconds as <c>yyyy-MM-ddTHH:mm:ssZ</c>; <c>-</c> for null.</summary>
    public static string Time(long? unixSeconds) =>
        unixSeconds is { } value ? DateTimeOffset.FromUnixTimeSeconds(value).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";

    /// <summary>Serializes <paramref name="value"/> with <see cref="Json"/>.</summary>
    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    /// <summary>Serializes a JSON node with <see cref="Json"/>.</summary>
    public static string ToJson(JsonNode node) => node.ToJsonString(Json);
}
