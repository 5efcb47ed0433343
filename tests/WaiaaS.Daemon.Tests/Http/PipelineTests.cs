using System.Net;
using System.Text;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Http;

public class PipelineTests
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("192.168.1.10")]
    [InlineData("localhost.evil.example")]
    public async Task ForeignHostHeader_IsRefusedEvenWithThePassword(string host)
    {
        await using var daemon = await DaemonTestHost.StartAsync();
        using var request = DaemonTestHost.Request(HttpMethod.Get, "/v1/wallets");
        request.Headers.Host = host;

        var response = await daemon.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("\"code\":\"HOST_NOT_ALLOWED\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1:3100")]
    [InlineData("[::1]:3100")]
    [InlineData("LOCALHOST")]
    public async Task LoopbackHostHeaders_AreAccepted(string host)
    {
        await using var daemon = await DaemonTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = host;

        var response = await daemon.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownPath_GetsTheEnvelopeWithTheRequestId()
    {
        await using var daemon = await DaemonTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/nothing-here");
        request.Headers.Add("X-Request-Id", "client-chosen-id-1");

        var response = await daemon.Client.SendAsync(request);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("NOT_FOUND", body.GetProperty("code").GetString());
        Assert.Equal(404, body.GetProperty("status").GetInt32());
        Assert.False(body.GetProperty("retryable").GetBoolean());
        Assert.Equal("client-chosen-id-1", body.GetProperty("requestId").GetString());
        Assert.Equal("client-chosen-id-1", response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task WrongMethod_GetsMethodNotAllowed()
    {
        await using var daemon = await DaemonTestHost.StartAsync();

        var (response, body) = await daemon.SendAsync(HttpMethod.Patch, "/v1/wallets");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("METHOD_NOT_ALLOWED", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task MalformedJson_IsInvalidRequest_AndCreatesNothing()
    {
        await using var daemon = await DaemonTestHost.StartAsync();
        using var request = DaemonTestHost.Request(HttpMethod.Post, "/v1/wallets");
        request.Content = new StringContent("{\"name\": \"a\", \"chain\": ", Encoding.UTF8, "application/json");

        var response = await daemon.Client.SendAsync(request);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", body.GetProperty("code").GetString());
        Assert.Empty(Directory.GetFiles(daemon.Layout.KeystoreFolder));
    }

    [Fact]
    public async Task OversizedBody_IsRefusedWith413()
    {
        await using var daemon = await DaemonTestHost.StartAsync();
        using var request = DaemonTestHost.Request(HttpMethod.Post, "/v1/wallets");
        request.Content = new StringContent("{\"name\":\"" + new string('a', 2 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json");

        var response = await daemon.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("\"code\":\"PAYLOAD_TOO_LARGE\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnexpectedException_IsInternalErrorWithoutInternals()
    {
        await using var daemon = await DaemonTestHost.StartAsync();
        // Deleting the keystore folder makes wallet creation fail inside the keystore with an IOException.
        Directory.Delete(daemon.Layout.KeystoreFolder, recursive: true);

        var (response, body) = await daemon.SendAsync(HttpMethod.Post, "/v1/wallets", new { name = "w", chain = "solana" });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("INTERNAL_ERROR", body.GetProperty("code").GetString());
        Assert.True(body.GetProperty("retryable").GetBoolean());
        Assert.DoesNotContain("keystore", body.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cors_AllowsOnlyConfiguredOrigins()
    {
        var config = DaemonTestHost.TestConfig() with { Security = new Core.Configuration.SecuritySettings { CorsOrigins = ["http://localhost:5173"] } };
        await using var daemon = await DaemonTestHost.StartAsync(config);

        var allowed = await Preflight(daemon, "http://localhost:5173");
        var foreign = await Preflight(daemon, "https://evil.example");

        Assert.Equal("http://localhost:5173", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(foreign.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> Preflight(DaemonTestHost daemon, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v1/wallets");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "x-master-password");
        return await daemon.Client.SendAsync(request);
    }

    [Fact]
    public async Task HostConfiguration_IgnoresAppSettingsInTheDataDirectoryAndAspNetCoreVariables()
    {
        var root = DaemonTestHost.CreateRoot();
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "appsettings.json"), "{\"Kestrel\":{\"Endpoints\":{\"Extra\":{\"Url\":\"http://127.0.0.2:38123\"}}},\"Marker\":\"read\"}");
        Environment.SetEnvironmentVariable("ASPNETCORE_MARKER2", "read");
        try
        {
            await using var daemon = await DaemonTestHost.StartAsync(root: root);

            Assert.Null(daemon.Daemon.App.Configuration["Marker"]);
            Assert.Null(daemon.Daemon.App.Configuration["Kestrel:Endpoints:Extra:Url"]);
            Assert.Null(daemon.Daemon.App.Configuration["MARKER2"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ASPNETCORE_MARKER2", null);
        }
    }
}
