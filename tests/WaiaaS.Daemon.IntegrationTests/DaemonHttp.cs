using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>HTTP clients for the daemons the tests start (loopback only), from one IHttpClientFactory.</summary>
internal static class DaemonHttp
{
    private const string ExpectContinueName = "expect-continue";

    private static readonly IHttpClientFactory Factory = CreateFactory();

    /// <summary>A client for <paramref name="baseAddress"/>, which must be a loopback address.</summary>
    public static HttpClient Client(Uri baseAddress) => Configure(Factory.CreateClient(), baseAddress);

    /// <summary>
    /// A client that sends <c>Expect: 100-continue</c> and waits (indefinitely) for the server's 100 before sending a
    /// body: the body is only requested once the daemon's endpoint has started reading it, i.e. the request is in flight.
    /// </summary>
    public static HttpClient ExpectContinueClient(Uri baseAddress) => Configure(Factory.CreateClient(ExpectContinueName), baseAddress);

    /// <summary><c>POST /v1/wallets</c> (testnet) with the master password.</summary>
    public static HttpRequestMessage CreateWalletRequest(string name, string chain) =>
        CreateWalletRequest(JsonContent.Create(new { name, chain, environment = "testnet" }));

    public static HttpRequestMessage CreateWalletRequest(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "v1/wallets") { Content = content };
        request.Headers.Add("X-Master-Password", DaemonSandbox.Password);
        return request;
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path, bool withPassword = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (withPassword)
        {
            request.Headers.Add("X-Master-Password", DaemonSandbox.Password);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static HttpClient Configure(HttpClient client, Uri baseAddress)
    {
        Assert.True(baseAddress.IsLoopback, $"{baseAddress} is not a loopback address");
        client.BaseAddress = baseAddress;
        client.Timeout = TimeSpan.FromSeconds(60);
        return client;
    }

    private static IHttpClientFactory CreateFactory()
    {
        var services = new ServiceCollection();
        services.AddHttpClient(Microsoft.Extensions.Options.Options.DefaultName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseProxy = false });
        services.AddHttpClient(ExpectContinueName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseProxy = false, Expect100ContinueTimeout = TimeSpan.FromMinutes(2) })
            .ConfigureHttpClient(client => client.DefaultRequestHeaders.ExpectContinue = true);
        return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
    }
}
