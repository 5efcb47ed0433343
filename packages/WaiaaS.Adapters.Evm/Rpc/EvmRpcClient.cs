using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Evm.Rpc;

/// <summary>
/// A JSON-RPC 2.0 client for EVM nodes over an injected <see cref="HttpClient"/>. Each attempt has a timeout;
/// transient failures (refused or dropped connections, timeouts, HTTP 429 and 5xx, rate-limit errors) are retried with
/// exponential back-off; everything else fails at once. Every failure is a classified <see cref="ChainException"/>.
/// Safe for concurrent use.
/// </summary>
public sealed partial class EvmRpcClient
{
    private const string JsonMediaType = "application/json";

    private readonly HttpClient _httpClient;
    private readonly EvmRpcOptions _options;
    private readonly TimeProvider _timeProvider;
    private long _nextId;

    /// <summary>Creates a client.</summary>
    public EvmRpcClient(HttpClient httpClient, EvmRpcOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _httpClient = httpClient;
        _options = options ?? EvmRpcOptions.Default;
        _timeProvider = timeProvider ?? TimeProvider.System;
        if (_options.MaxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxAttempts must be at least 1.");
        }
    }

    /// <summary>Calls <paramref name="method"/> and returns its <c>result</c> (a detached element; JSON null when the node answered null).</summary>
    public async Task<JsonElement> CallAsync(Uri rpcUrl, string method, JsonArray parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rpcUrl);
        ArgumentNullException.ThrowIfNull(parameters);
        var request = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = Interlocked.Increment(ref _nextId),
            ["method"] = method,
            ["params"] = parameters,
        };
        var body = request.ToJsonString();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AttemptAsync(rpcUrl, method, body, cancellationToken).ConfigureAwait(false);
            }
            catch (ChainException e) when (attempt < _options.MaxAttempts && EvmRpcErrorClassifier.IsRetryable(e))
            {
                var delay = _options.RetryDelay * Math.Pow(2, attempt - 1);
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<JsonElement> AttemptAsync(Uri rpcUrl, string method, string body, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        byte[] responseBytes;
        System.Net.HttpStatusCode status;
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, JsonMediaType);
            using var response = await _httpClient.PostAsync(rpcUrl, content, linked.Token).ConfigureAwait(false);
            status = response.StatusCode;
            responseBytes = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Our own per-attempt timeout, or HttpClient.Timeout (which surfaces as a cancellation too).
            throw EvmRpcErrorClassifier.FromTimeout(method, _options.Timeout, e);
        }
        catch (HttpRequestException e)
        {
            throw EvmRpcErrorClassifier.FromTransportFailure(method, e);
        }
        catch (IOException e)
        {
            throw EvmRpcErrorClassifier.FromTransportFailure(method, e);
        }

        return Interpret(method, status, responseBytes);
    }

    private static JsonElement Interpret(string method, System.Net.HttpStatusCode status, byte[] responseBytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(responseBytes);
        }
        catch (JsonException e)
        {
            throw (int)status is >= 200 and < 300
                ? EvmRpcErrorClassifier.InvalidResponse(method, "not JSON", e)
                : EvmRpcErrorClassifier.FromHttpStatus(method, status);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw (int)status is >= 200 and < 300
                    ? EvmRpcErrorClassifier.InvalidResponse(method, "not a JSON-RPC object")
                    : EvmRpcErrorClassifier.FromHttpStatus(method, status);
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                var code = error.TryGetProperty("code", out var codeElement) && codeElement.TryGetInt64(out var c) ? c : 0;
                var message = error.TryGetProperty("message", out var messageElement) && messageElement.ValueKind == JsonValueKind.String ? messageElement.GetString() : null;
                throw EvmRpcErrorClassifier.FromRpcError(method, code, message);
            }

            if ((int)status is < 200 or >= 300)
            {
                throw EvmRpcErrorClassifier.FromHttpStatus(method, status);
            }

            if (!root.TryGetProperty("result", out var result))
            {
                throw EvmRpcErrorClassifier.InvalidResponse(method, "neither result nor error");
            }

            return result.Clone();
        }
    }
}
