using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WaiaaS.Sdk.Http;

/// <summary>
/// Sends <see cref="WaiaasCall"/>s through the injected <see cref="HttpClient"/>: retries where the call allows it,
/// maps error answers to <see cref="WaiaasApiException"/>, transport failures to <see cref="WaiaasNetworkException"/>
/// and malformed success bodies to <see cref="WaiaasProtocolException"/>. Logs nothing.
/// </summary>
internal sealed class WaiaasTransport
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient _http;
    private readonly WaiaasClientOptions _options;

    public WaiaasTransport(HttpClient http, WaiaasClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
        _options = options ?? new WaiaasClientOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(_options.MaxRetries, nameof(options));
    }

    public static byte[] Body<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);

    public async Task<T> SendAsync<T>(WaiaasCall call, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var (status, body) = await SendRawAsync(call, cancellationToken).ConfigureAwait(false);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException e)
        {
            throw new WaiaasProtocolException(status, $"{call.Describe()} answered {status} with a body that is not a valid {typeof(T).Name}: {e.Message}", e);
        }

        return value ?? throw new WaiaasProtocolException(status, $"{call.Describe()} answered {status} with a null body instead of a {typeof(T).Name}.");
    }

    private async Task<(int Status, byte[] Body)> SendRawAsync(WaiaasCall call, CancellationToken cancellationToken)
    {
        var retries = call.Retry ? _options.MaxRetries : 0;
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan? delay;
            try
            {
                using var request = await CreateRequestAsync(call, cancellationToken).ConfigureAwait(false);
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    return (status, body);
                }

                var error = ErrorResponseReader.Read(status, body, call.Describe());
                delay = attempt < retries && IsRetryable(error) ? RetryDelays.ForAnswer(_options, response.Headers.RetryAfter, attempt + 1) : null;
                if (delay is null)
                {
                    throw error;
                }
            }
            catch (Exception e) when (IsTransportFailure(e, cancellationToken))
            {
                if (attempt >= retries)
                {
                    throw new WaiaasNetworkException($"{call.Describe()} could not reach the daemon: {e.Message}", e);
                }

                delay = RetryDelays.Backoff(_options, attempt + 1);
            }

            await Task.Delay(delay.Value, _options.Time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async ValueTask<HttpRequestMessage> CreateRequestAsync(WaiaasCall call, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(call.Method, new Uri(call.Path, UriKind.Relative));
        try
        {
            request.Headers.Accept.ParseAdd("application/json");
            if (call.Body is not null)
            {
                request.Content = new ByteArrayContent(call.Body);
                request.Content.Headers.ContentType = Json;
            }

            if (call.Headers is not null)
            {
                await call.Headers(request, cancellationToken).ConfigureAwait(false);
            }

            return request;
        }
        catch
        {
            request.Dispose();
            throw;
        }
    }

    // 429 and 5xx, unless the daemon says the error will not go away (e.g. SYSTEM_LOCKED).
    // A body that is no envelope counts as retryable for 429/5xx (ErrorResponseReader).
    private static bool IsRetryable(WaiaasApiException error) => (error.Status == 429 || error.Status >= 500) && error.Retryable;

    // Connection refused/reset, a body cut short, or HttpClient's own timeout (not the caller's cancellation).
    private static bool IsTransportFailure(Exception e, CancellationToken cancellationToken) =>
        e is HttpRequestException or IOException
        || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested);
}
