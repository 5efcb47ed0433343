using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Sessions;

/// <summary><c>[security] rate_limit_tx_rpm</c> and <c>rate_limit_session_rpm</c>: per-session, per-minute request limits.</summary>
public sealed class SessionRequestLimiterTests
{
    [Fact]
    public async Task Sends_BeyondTheTransactionLimit_Get429WithRetryAfter_UntilTheMinutePasses()
    {
        await using var host = await DaemonTestHost.StartAsync(DaemonTestHost.TestConfig(s => s with { RateLimitTxRpm = 2, RateLimitSessionRpm = 100 }));
        var token = await SessionAsync(host);

        var first = await SendAsync(host, token);
        var second = await SendAsync(host, token);
        var third = await SendAsync(host, token);
        var (read, _) = await ReadAsync(host, token);
        host.Time.Advance(TimeSpan.FromSeconds(61));
        var later = await SendAsync(host, token);

        // The first two reach the pipeline (and fail there: the test daemon has no RPC URL); the third is refused first.
        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("RATE_LIMITED", await third.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, later.StatusCode);
    }

    [Fact]
    public async Task EveryRequest_CountsAgainstTheSessionLimit()
    {
        await using var host = await DaemonTestHost.StartAsync(DaemonTestHost.TestConfig(s => s with { RateLimitSessionRpm = 3, RateLimitTxRpm = 0 }));
        var token = await SessionAsync(host);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await ReadAsync(host, token)).Response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }

    private static async Task<string> SessionAsync(DaemonTestHost host)
    {
        var wallet = await host.CreateWalletAsync("limited", "ethereum");
        var (_, body) = await host.SendAsync(HttpMethod.Post, "/v1/sessions", new { walletId = wallet.GetProperty("id").GetString() });
        return body.GetProperty("token").GetString()!;
    }

    private static async Task<HttpResponseMessage> SendAsync(DaemonTestHost host, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/transactions/send")
        {
            Content = JsonContent.Create(new { type = "TRANSFER", to = "0x" + new string('1', 40), amount = "1" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await host.Client.SendAsync(request);
    }

    private static async Task<(HttpResponseMessage Response, string Body)> ReadAsync(DaemonTestHost host, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/transactions");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await host.Client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }
}
