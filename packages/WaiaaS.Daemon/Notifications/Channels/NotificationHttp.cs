using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace WaiaaS.Daemon.Notifications.Channels;

/// <summary>
/// The HTTP part shared by the channels: one request through the named client with a timeout. Errors name the status
/// code or the kind of socket error only: request URLs carry secrets (the Telegram bot token, webhook URLs, the ntfy topic).
/// </summary>
internal sealed class NotificationHttp(IHttpClientFactory clients)
{
    public const string ClientName = "waiaas-notifications";

    /// <summary>How long one delivery attempt may take.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static JsonContent Json(object body) => JsonContent.Create(body, options: JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Sends <paramref name="request"/>; a 2xx answer (checked further by <paramref name="accept"/>) is a delivery.</summary>
    public async Task<ChannelSendResult> SendAsync(HttpRequestMessage request, Func<string, string?>? accept, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            using var client = clients.CreateClient(ClientName);
            using var response = await client.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is < 200 or > 299)
            {
                return ChannelSendResult.Fail("HTTP " + status.ToString(CultureInfo.InvariantCulture));
            }

            if (accept is null)
            {
                return ChannelSendResult.Ok;
            }

            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return accept(body) is { } problem ? ChannelSendResult.Fail(problem) : ChannelSendResult.Ok;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ChannelSendResult.Fail($"no answer within {RequestTimeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            // ex.Message may name the host; the kind of error is enough and leaks nothing.
            return ChannelSendResult.Fail("request failed: " + ex.HttpRequestError);
        }
    }

    /// <summary><paramref name="baseUrl"/> + "/" + <paramref name="path"/>, whether or not the base ends with '/'.</summary>
    public static Uri Combine(string baseUrl, string path) => new(baseUrl.TrimEnd('/') + "/" + path, UriKind.Absolute);
}
