using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WaiaaS.Core.Contracts;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Mcp.Sessions;
using WaiaaS.Sdk;

namespace WaiaaS.Mcp.Tests.Sessions.Support;

/// <summary>
/// A test-only client over the TestServer's HttpClient: the renewal port the manager needs, and one agent call, each
/// mapping the daemon's error envelope to <see cref="WaiaasApiException"/> the way the SDK does.
/// </summary>
internal sealed class DaemonApi(HttpClient client) : ISessionRenewalClient
{
    public async Task<RenewSessionResponse> RenewAsync(string sessionId, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/v1/sessions/{sessionId}/renew");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<RenewSessionResponse>(DaemonTestHost.Json, cancellationToken))!
            : throw await ErrorAsync(response, cancellationToken);
    }

    /// <summary>An agent read (sessionAuth), for example <c>/v1/wallet/address</c>.</summary>
    public async Task<JsonElement> GetAsync(string path, string token, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ErrorAsync(response, cancellationToken);
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return document.RootElement.Clone();
    }

    private static async Task<WaiaasApiException> ErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var body = document.RootElement;
        string? Text(string name) => body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new WaiaasApiException(
            (int)response.StatusCode,
            Text("code") ?? "UNKNOWN",
            Text("message") ?? "refused",
            Text("hint"),
            body.TryGetProperty("retryable", out var retryable) && retryable.ValueKind == JsonValueKind.True,
            Text("requestId"),
            body.TryGetProperty("details", out var details) ? details.Clone() : null);
    }
}
