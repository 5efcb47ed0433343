using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WaiaaS.Adapters.Evm.Tests.Rpc;

/// <summary>An in-process JSON-RPC node answering by method name: a result, or a JSON-RPC error (no sockets).</summary>
internal sealed class MethodRoutingHandler : HttpMessageHandler
{
    private readonly Dictionary<string, JsonNode?> _results = [];
    private readonly Dictionary<string, (int Code, string Message)> _errors = [];

    public List<string> Methods { get; } = [];

    public MethodRoutingHandler Result(string method, JsonNode? result)
    {
        _errors.Remove(method);
        _results[method] = result;
        return this;
    }

    public MethodRoutingHandler Error(string method, int code, string message)
    {
        _results.Remove(method);
        _errors[method] = (code, message);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
        var method = body.RootElement.GetProperty("method").GetString()!;
        var id = body.RootElement.GetProperty("id").GetInt64();
        lock (Methods)
        {
            Methods.Add(method);
        }

        var response = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id };
        if (_errors.TryGetValue(method, out var error))
        {
            response["error"] = new JsonObject { ["code"] = error.Code, ["message"] = error.Message };
        }
        else if (_results.TryGetValue(method, out var result))
        {
            response["result"] = result?.DeepClone();
        }
        else
        {
            response["error"] = new JsonObject { ["code"] = -32601, ["message"] = "Method not found" };
        }

        return new HttpResponseMessage(System.Net.HttpStatusCode.OK)
        {
            Content = new StringContent(response.ToJsonString(), Encoding.UTF8, "application/json"),
        };
    }
}
