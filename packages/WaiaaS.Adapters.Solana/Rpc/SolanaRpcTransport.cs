using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana.Rpc;

/// <summary>
/// JSON-RPC 2.0 over an injected <see cref="HttpClient"/>: one POST per call, a timeout per attempt, retries with
/// backoff for transient failures only, and every failure classified as a <see cref="ChainException"/>.
/// </summary>
internal sealed class SolanaRpcTransport(HttpClient httpClient, Uri endpoint, SolanaRpcOptions options, TimeProvider timeProvider)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private long _nextId;

    public async Task<JsonNode?> CallAsync(string method, JsonArray parameters, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId); // one id per logical request, kept across retries
        var delay = options.RetryDelay;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await CallOnceAsync(id, method, parameters, cancellationToken).ConfigureAwait(false);
            }
            catch (ChainException e) when (e.Kind == ChainErrorKind.Transient && attempt < options.MaxRetries)
            {
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                delay *= 2;
            }
        }
    }

    private async Task<JsonNode?> CallOnceAsync(long id, string method, JsonArray parameters, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters.DeepClone() };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        string text;
        try
        {
            using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8);
            content.Headers.ContentType = Json;
            using var response = await httpClient.PostAsync(endpoint, content, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw SolanaErrorClassifier.FromHttpStatus(method, response.StatusCode);
            }

            text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ChainException(ChainErrorKind.Transient, ChainErrorCodes.RpcTimeout, $"{method}: the RPC endpoint did not answer within {options.RequestTimeout}.", e);
        }
        catch (HttpRequestException e)
        {
            throw new ChainException(ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable, $"{method}: the RPC endpoint could not be reached ({e.HttpRequestError}).", e);
        }
        catch (IOException e)
        {
            throw new ChainException(ChainErrorKind.Transient, ChainErrorCodes.RpcUnavailable, $"{method}: the connection to the RPC endpoint dropped.", e);
        }

        return Unwrap(method, id, text);
    }

    private static JsonNode? Unwrap(string method, long id, string text)
    {
        JsonObject reply;
        try
        {
            reply = JsonNode.Parse(text) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException e)
        {
            throw Invalid(method, "the reply is not a JSON-RPC object", e);
        }

        // JSON-RPC 2.0: an error about a request the server could not read carries id null.
        var idMatches = reply["id"] is JsonValue replyId && replyId.TryGetValue<long>(out var got) && got == id;
        if (!idMatches && !(reply["id"] is null && reply["error"] is JsonObject))
        {
            throw Invalid(method, "the reply id does not match the request");
        }

        if (reply["error"] is JsonObject error)
        {
            var code = error["code"] is JsonValue c && c.TryGetValue<int>(out var n) ? n : 0;
            var message = error["message"] is JsonValue m && m.TryGetValue<string>(out var s) ? s : "(no message)";
            throw SolanaErrorClassifier.FromRpcError(method, code, message, error["data"]);
        }

        if (!reply.ContainsKey("result"))
        {
            throw Invalid(method, "the reply has neither result nor error");
        }

        return reply["result"];
    }

    internal static ChainException Invalid(string method, string why, Exception? inner = null) =>
        new(ChainErrorKind.Permanent, ChainErrorCodes.RpcInvalidResponse, $"{method}: invalid RPC response: {why}.", inner);
}
