using System.Net;
using WaiaaS.Core;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Tests.Hosting;

public class HealthEndpointTests
{
    [Fact]
    public async Task Health_WithoutCredentials_ReportsVersionSchemaAndClock()
    {
        await using var host = await DaemonTestHost.StartAsync();
        host.Time.Advance(TimeSpan.FromSeconds(42));

        var (response, body) = await host.SendAsync(HttpMethod.Get, "/health", password: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal(ProductInfo.Version, body.GetProperty("version").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("latestVersion").ValueKind);
        Assert.False(body.GetProperty("updateAvailable").GetBoolean());
        Assert.Equal(SchemaVersions.Latest, body.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(42, body.GetProperty("uptime").GetInt64());
        Assert.Equal(host.Time.GetUtcNow().ToUnixTimeSeconds(), body.GetProperty("timestamp").GetInt64());
    }

    [Theory]
    [InlineData("1.0.0", "0.1.0", true)]
    [InlineData("0.1.0", "0.1.0", false)]
    [InlineData("0.0.9", "0.1.0", false)]
    [InlineData("0.2.0-rc.1", "0.1.0", true)]
    [InlineData(null, "0.1.0", false)]
    [InlineData("garbage", "0.1.0", false)]
    public void UpdateAvailable_ComparesSemanticVersions(string? latest, string current, bool expected) =>
        Assert.Equal(expected, WaiaaS.Daemon.Endpoints.HealthEndpoints.IsNewer(latest, current));

    [Fact]
    public async Task OpenApiDocument_ListsTheWalletEndpoints()
    {
        await using var host = await DaemonTestHost.StartAsync();

        var response = await host.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"/v1/wallets\"", text, StringComparison.Ordinal);
        Assert.Contains("\"/health\"", text, StringComparison.Ordinal);
    }
}
