using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Tests.Hosting;

namespace WaiaaS.Sdk.Tests.Retry;

/// <summary>SPEC §14 retries against a scripted loopback server: what is repeated, how often, and after which delays.</summary>
public sealed class RetryTests : IAsyncLifetime
{
    private const string Health = """{"status":"ok","version":"1.0.0","latestVersion":null,"updateAvailable":false,"schemaVersion":3,"uptime":5,"timestamp":1700000000}""";
    private const string Sent = """{"id":"tx-1","status":"PENDING","tier":"INSTANT"}""";
    private const string Unavailable = """{"code":"SHUTTING_DOWN","message":"The daemon is shutting down.","retryable":true,"requestId":"r1"}""";
    private static readonly SendTransactionRequest Transfer = new("TRANSFER", To: "0x0000000000000000000000000000000000000001", Amount: "1");

    private readonly RecordingTimeProvider _time = new();
    private ScriptedServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private WaiaasClient Agent(int maxRetries = 3) =>
        new(_server.Http, "wai_sess_test", new WaiaasClientOptions { Time = _time, MaxRetries = maxRetries });

    [Fact]
    public async Task Get_Is_Retried_After_503_With_Exponential_Backoff()
    {
        _server.Answer(503, Unavailable).Answer(503, "<html>bad gateway</html>", "text/html").Answer(200, Health);

        var health = await Agent().GetHealthAsync();

        Assert.Equal("ok", health.Status);
        Assert.Equal(3, _server.Received.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500)], _time.Delays);
    }

    [Fact]
    public async Task Get_Gives_Up_After_MaxRetries_With_The_Last_Error()
    {
        for (var i = 0; i < 3; i++)
        {
            _server.Answer(503, Unavailable);
        }

        var error = await Assert.ThrowsAsync<WaiaasApiException>(() => Agent(maxRetries: 2).GetHealthAsync());

        Assert.Equal("SHUTTING_DOWN", error.Code);
        Assert.Equal(3, _server.Received.Count);
    }

    [Fact]
    public async Task MaxRetries_Zero_Disables_Retrying()
    {
        _server.Answer(503, Unavailable).Answer(200, Health);

        await Assert.ThrowsAsync<WaiaasApiException>(() => Agent(maxRetries: 0).GetHealthAsync());

        Assert.Single(_server.Received);
        Assert.Empty(_time.Delays);
    }

    [Fact]
    public async Task Send_Without_IdempotencyKey_Is_Never_Retried()
    {
        _server.Answer(503, Unavailable).Answer(201, Sent);

        var error = await Assert.ThrowsAsync<WaiaasApiException>(() => Agent().SendTransactionAsync(Transfer));

        Assert.Equal(503, error.Status);
        Assert.Single(_server.Received);
        Assert.False(_server.Received[0].Headers.ContainsKey("Idempotency-Key"));
    }

    [Fact]
    public async Task Send_With_IdempotencyKey_Is_Retried_With_The_Same_Key_And_Body()
    {
        _server.Answer(503, Unavailable).Answer(429, """{"code":"RATE_LIMITED","message":"slow down","retryable":true}""").Answer(201, Sent);

        var sent = await Agent().SendTransactionAsync(Transfer, idempotencyKey: "order-42");

        Assert.Equal("tx-1", sent.Id);
        Assert.Equal(3, _server.Received.Count);
        Assert.All(_server.Received, r => Assert.Equal("order-42", r.Headers["Idempotency-Key"]));
        Assert.All(_server.Received, r => Assert.Equal(_server.Received[0].Body, r.Body));
        Assert.Equal("""{"type":"TRANSFER","to":"0x0000000000000000000000000000000000000001","amount":"1"}""", _server.Received[0].Body);
    }

    [Fact]
    public async Task Simulate_Is_Retried_Only_With_An_IdempotencyKey()
    {
        const string simulated = """{"allowed":true,"tier":"INSTANT","denial":null,"amountUsd":null,"fee":"21000","feeError":null}""";
        _server.Answer(502, "").Answer(200, simulated);
        await Assert.ThrowsAsync<WaiaasApiException>(() => Agent().SimulateTransactionAsync(Transfer));
        Assert.Single(_server.Received);

        var result = await Agent().SimulateTransactionAsync(Transfer, idempotencyKey: "sim-1");
        Assert.True(result.Allowed);
        Assert.Equal(2, _server.Received.Count);
    }

    [Fact]
    public async Task Client_Errors_Other_Than_429_Are_Not_Retried()
    {
        _server.Answer(400, """{"code":"VALIDATION_FAILED","message":"to is required.","retryable":false}""").Answer(200, Health);

        var error = await Assert.ThrowsAsync<WaiaasApiException>(() => Agent().GetHealthAsync());

        Assert.Equal("VALIDATION_FAILED", error.Code);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task ServerError_The_Daemon_Calls_Not_Retryable_Is_Not_Retried()
    {
        _server.Answer(503, """{"code":"SYSTEM_LOCKED","message":"The kill switch is active.","retryable":false}""").Answer(200, Health);

        var error = await Assert.ThrowsAsync<WaiaasApiException>(() => Agent().GetHealthAsync());

        Assert.Equal("SYSTEM_LOCKED", error.Code);
        Assert.Single(_server.Received);
    }

    [Fact]
    public async Task RetryAfter_Is_Honoured_Through_The_Clock()
    {
        _server.Answer(429, """{"code":"TOO_MANY_NONCES","message":"later","retryable":true}""", headers: ("Retry-After", "7")).Answer(200, Health);

        await Agent().GetHealthAsync();

        Assert.Equal([TimeSpan.FromSeconds(7)], _time.Delays);
        Assert.Equal(2, _server.Received.Count);
    }

    [Fact]
    public async Task RetryAfter_Beyond_The_Cap_Ends_The_Retries()
    {
        _server.Answer(429, """{"code":"RATE_LIMITED","message":"later","retryable":true}""", headers: ("Retry-After", "3600")).Answer(200, Health);

        var error = await Assert.ThrowsAsync<WaiaasApiException>(() => Agent().GetHealthAsync());

        Assert.Equal(429, error.Status);
        Assert.Single(_server.Received);
        Assert.Empty(_time.Delays);
    }

    [Fact]
    public async Task Renew_Is_Never_Retried()
    {
        _server.Answer(503, Unavailable).Answer(200, """{"token":"wai_sess_new","expiresAt":1,"renewalCount":1,"renewalsRemaining":null,"absoluteExpiresAt":null}""");
        var token = WaiaaS.Core.Sessions.SessionTokenCodec.Issue(new("session-1", ["wallet-1"], 1, 2), new byte[32]);
        var client = new WaiaasClient(_server.Http, token, new WaiaasClientOptions { Time = _time });

        await Assert.ThrowsAsync<WaiaasApiException>(() => client.RenewSessionAsync());

        Assert.Single(_server.Received);
        Assert.Equal("PUT", _server.Received[0].Method);
        Assert.Equal("/v1/sessions/session-1/renew", _server.Received[0].PathAndQuery);
    }
}
