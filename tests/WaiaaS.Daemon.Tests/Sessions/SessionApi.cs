using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Storage;

namespace WaiaaS.Daemon.Tests.Sessions;

/// <summary>Session calls over HTTP for the tests.</summary>
internal static class SessionApi
{
    public static string DatabaseFile(this DaemonTestHost host) => Path.Combine(host.Root, "data", "waiaas.db");

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> CreateSessionAsync(this DaemonTestHost host, object body) =>
        await host.SendAsync(HttpMethod.Post, "/v1/sessions", body);

    /// <summary>Creates a session and returns (id, token, body).</summary>
    public static async Task<(string Id, string Token, JsonElement Body)> NewSessionAsync(this DaemonTestHost host, object body)
    {
        var (response, json) = await host.CreateSessionAsync(body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
        return (json.GetProperty("id").GetString()!, json.GetProperty("token").GetString()!, json);
    }

    public static async Task<string> WalletIdAsync(this DaemonTestHost host, string name, string chain = "solana") =>
        (await host.CreateWalletAsync(name, chain)).GetProperty("id").GetString()!;

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> RenewAsync(this DaemonTestHost host, string id, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/v1/sessions/{id}/renew");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return (response, document.RootElement.Clone());
    }

    /// <summary>A GET with the session's bearer token; the body parsed (an empty one as <c>{}</c>).</summary>
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsSessionAsync(this DaemonTestHost host, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return (response, document.RootElement.Clone());
    }

    /// <summary>The error code of a response body, or null for a success.</summary>
    public static string? Code(this JsonElement body) => body.TryGetProperty("code", out var code) ? code.GetString() : null;

    public static long Scalar(this DaemonTestHost host, string sql) =>
        Convert.ToInt64(Sql.Scalar(host.DatabaseFile(), sql), System.Globalization.CultureInfo.InvariantCulture);
}
