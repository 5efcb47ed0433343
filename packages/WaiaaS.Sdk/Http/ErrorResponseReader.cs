using System.Text.Json;

namespace WaiaaS.Sdk.Http;

/// <summary>Turns a non-success answer into a <see cref="WaiaasApiException"/>: the daemon's envelope when the body is one, else <c>HTTP_&lt;status&gt;</c>.</summary>
internal static class ErrorResponseReader
{
    public static WaiaasApiException Read(int status, ReadOnlySpan<byte> body, string call)
    {
        var fallback = $"{call} failed with HTTP {status}.";
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && String(root, "code") is { Length: > 0 } code)
            {
                var message = String(root, "message") ?? fallback;
                var retryable = root.TryGetProperty("retryable", out var r) && r.ValueKind == JsonValueKind.True;
                JsonElement? details = root.TryGetProperty("details", out var d) && d.ValueKind != JsonValueKind.Null ? d.Clone() : null;
                return new WaiaasApiException(status, code, $"{call} failed: {code}: {message}", String(root, "hint"), retryable, String(root, "requestId"), details) { DaemonMessage = message };
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, an empty body): the generic code below.
        }

        return new WaiaasApiException(status, "HTTP_" + status, fallback, retryable: status == 429 || status >= 500);
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
