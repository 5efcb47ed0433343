using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Pipeline;

/// <summary>Drives a test daemon the way an agent and its operator do: wallets, sessions, sends, polling.</summary>
internal sealed class AgentClient(DaemonTestHost host)
{
    public DaemonTestHost Host { get; } = host;

    public async Task<(string Id, string Address)> WalletAsync(string name, string chain)
    {
        var wallet = await Host.CreateWalletAsync(name, chain);
        return (wallet.GetProperty("id").GetString()!, wallet.GetProperty("address").GetString()!);
    }

    public async Task<string> SessionAsync(params string[] walletIds)
    {
        var (response, body) = await Host.SendAsync(HttpMethod.Post, "/v1/sessions", new { walletIds });
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("token").GetString()!;
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> AsAgentAsync(HttpMethod method, string path, string token, object? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: DaemonTestHost.Json);
        }

        var response = await Host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return (response, document.RootElement.Clone());
    }

    public async Task<JsonElement> SendAsync(string token, object body, HttpStatusCode expected = HttpStatusCode.Created, string? idempotencyKey = null)
    {
        var (response, json) = await AsAgentAsync(HttpMethod.Post, "/v1/transactions/send", token, body, idempotencyKey);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {json}");
        return json;
    }

    /// <summary>Polls the transaction until its status is one of <paramref name="statuses"/> (60 s deadline).</summary>
    public async Task<JsonElement> WaitForAsync(string token, string id, params string[] statuses)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        JsonElement last = default;
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var (response, body) = await AsAgentAsync(HttpMethod.Get, $"/v1/transactions/{id}", token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            last = body;
            if (statuses.Contains(body.GetProperty("status").GetString()))
            {
                return body;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"transaction {id} did not reach {string.Join("/", statuses)}: {last}");
        return last;
    }
}
