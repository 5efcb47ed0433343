using System.Net.Sockets;
using WaiaaS.Sdk.Tests.Hosting;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Sdk.Tests.Retry;

/// <summary>How answers and failures become exceptions: envelope, non-envelope body, malformed success body, unreachable daemon.</summary>
public sealed class ErrorMappingTests : IAsyncLifetime
{
    private readonly RecordingTimeProvider _time = new();
    private ScriptedServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private WaiaasClient Agent(HttpClient? http = null, int maxRetries = 3) =>
        new(http ?? _server.Http, "wai_sess_secret-token-value", new WaiaasClientOptions { Time = _time, MaxRetries = maxRetries });

    [Fact]
    public async Task Envelope_Maps_Every_Field()
    {
        _server.Answer(403, """
            {"type":"https://waiaas.dev/errors/POLICY_DENIED","title":"t","status":403,"code":"POLICY_DENIED","message":"Over the daily limit.",
             "hint":"Wait for the window.","retryable":false,"details":{"policyId":"p1","limit":"10"},"requestId":"req-9"}
            """, "application/problem+json");

        var error = await Assert.ThrowsAsync<WaiaasApiException>(() => Agent().GetTransactionAsync("tx 1/2"));

        Assert.Equal(403, error.Status);
        Assert.Equal("POLICY_DENIED", error.Code);
        Assert.Equal("Wait for the window.", error.Hint);
        Assert.False(error.Retryable);
        Assert.Equal("req-9", error.RequestId);
        Assert.Equal("p1", error.Details!.Value.GetProperty("policyId").GetString());
        Assert.Contains("Over the daily limit.", error.Message);
        Assert.Equal("Over the daily limit.", error.DaemonMessage);
        Assert.Equal("/v1/transactions/tx%201%2F2", _server.Received[0].PathAndQuery);
        Assert.DoesNotContain("secret-token-value", error.Message);
    }

    [Fact]
    public async Task NonEnvelope_Body_Gets_Code_HTTP_Status()
    {
        _server.Answer(404, "<html>not here</html>", "text/html");

        var error = await Assert.ThrowsAsync<WaiaasApiException>(() => Agent().GetHealthAsync());

        Assert.Equal(404, error.Status);
        Assert.Equal("HTTP_404", error.Code);
        Assert.Null(error.Hint);
        Assert.False(error.Retryable);
    }

    [Fact]
    public async Task Json_Without_A_Code_Is_No_Envelope()
    {
        _server.Answer(409, """{"error":"conflict"}""");

        var error = await Assert.ThrowsAsync<WaiaasApiException>(() => Agent().GetHealthAsync());

        Assert.Equal("HTTP_409", error.Code);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("""{"status":"ok"}""")]
    [InlineData("""{"status":null,"version":"1","latestVersion":null,"updateAvailable":false,"schemaVersion":1,"uptime":1,"timestamp":1}""")]
    public async Task Malformed_Success_Body_Is_A_ProtocolException(string body)
    {
        _server.Answer(200, body);

        var error = await Assert.ThrowsAsync<WaiaasProtocolException>(() => Agent().GetHealthAsync());

        Assert.Equal(200, error.Status);
        Assert.Contains("HealthResponse", error.Message);
    }

    [Fact]
    public async Task Closed_Port_Is_A_NetworkException_After_The_Retries()
    {
        using var http = LoopbackHttp.Create();
        http.BaseAddress = new Uri($"http://127.0.0.1:{ClosedPort()}/");

        var error = await Assert.ThrowsAsync<WaiaasNetworkException>(() => Agent(http, maxRetries: 2).GetHealthAsync());

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Contains("GET /health", error.Message);
        Assert.Equal([TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500)], _time.Delays);
    }

    [Fact]
    public async Task Closed_Port_On_A_Post_Without_Key_Is_Not_Retried()
    {
        using var http = LoopbackHttp.Create();
        http.BaseAddress = new Uri($"http://127.0.0.1:{ClosedPort()}/");

        await Assert.ThrowsAsync<WaiaasNetworkException>(() => Agent(http).CancelTransactionAsync("tx-1"));

        Assert.Empty(_time.Delays);
    }

    [Fact]
    public async Task Caller_Cancellation_Is_Not_A_NetworkException()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Agent().GetHealthAsync(cancelled.Token));
    }

    [Fact]
    public async Task Credentials_A_Header_Cannot_Carry_Are_Refused_Without_Echoing_Them()
    {
        var password = Assert.Throws<ArgumentException>(() => new WaiaasOperatorClient(_server.Http, "secret\r\nX-Evil: 1"));
        var token = Assert.Throws<ArgumentException>(() => new WaiaasClient(_server.Http, "wai_sess_abc\r\nX-Evil: 1"));
        var provided = await Assert.ThrowsAsync<InvalidOperationException>(() => new WaiaasClient(_server.Http, _ => ValueTask.FromResult("wai_sess_abc def")).GetAddressAsync());

        Assert.DoesNotContain("secret", password.Message);
        Assert.DoesNotContain("wai_sess_abc", token.Message);
        Assert.DoesNotContain("wai_sess_abc", provided.Message);
        Assert.Empty(_server.Received);
    }

    // A port that was just free: bind, read it, release. Nothing listens there afterwards.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
