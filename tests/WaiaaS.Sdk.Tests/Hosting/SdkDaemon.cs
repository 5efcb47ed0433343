using System.Net;
using System.Text.Json;
using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Sdk.Tests.Hosting;

/// <summary>A real in-process daemon (<see cref="DaemonTestHost"/>) and SDK clients over its test-server HttpClient.</summary>
public sealed class SdkDaemon : IAsyncDisposable
{
    private SdkDaemon(DaemonTestHost host) => Host = host;

    public DaemonTestHost Host { get; }

    public FakeTimeProvider Time => Host.Time;

    public static WaiaasClientOptions Options { get; } = new() { MaxRetries = 0 };

    public static async Task<SdkDaemon> StartAsync(WaiaasConfig? config = null, FakeTimeProvider? time = null) =>
        new(await DaemonTestHost.StartAsync(config, time: time));

    public WaiaasClient Agent(string token) => new(Host.Client, token, Options);

    public WaiaasOperatorClient Operator(string password = DaemonTestHost.Password) => new(Host.Client, password, Options);

    /// <summary>Creates a wallet through the raw API (so agent tests do not depend on the operator client).</summary>
    public async Task<(string Id, string Address)> RawWalletAsync(string name, string chain = "ethereum")
    {
        var wallet = await Host.CreateWalletAsync(name, chain);
        return (wallet.GetProperty("id").GetString()!, wallet.GetProperty("address").GetString()!);
    }

    public async Task<string> RawSessionAsync(string walletId, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["walletId"] = walletId };
        if (extra is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(extra, DaemonTestHost.Json).EnumerateObject())
            {
                body[property.Name] = property.Value;
            }
        }

        var (response, json) = await Host.SendAsync(HttpMethod.Post, "/v1/sessions", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
        return json.GetProperty("token").GetString()!;
    }

    public async Task RawPolicyAsync(object policy)
    {
        var (response, json) = await Host.SendAsync(HttpMethod.Post, "/v1/policies", policy);
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
