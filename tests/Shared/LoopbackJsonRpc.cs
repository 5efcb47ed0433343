using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WaiaaS.Tests.Shared;

/// <summary>A minimal JSON-RPC 2.0 client for test peers on 127.0.0.1 (Anvil, the LiteSVM server). Refuses any other host.</summary>
internal sealed class LoopbackJsonRpc(HttpClient http, Uri url)
{
    private int _id;

    public Uri Url { get; } = url.IsLoopback ? url : throw new ArgumentException($"test peers must be on loopback, not {url}", nameof(url));

    public async Task<JsonNode?> CallAsync(string method, params object?[] parameters)
    {
        var request = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = Interlocked.Increment(ref _id),
            ["method"] = method,
            ["params"] = JsonSerializer.SerializeToNode(parameters),
        };
        using var response = await http.PostAsJsonAsync(Url, request);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        if (body["error"] is { } error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }

        return body["result"];
    }
}
