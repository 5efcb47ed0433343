using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.DataDirectory;
using WaiaaS.Daemon.Hosting;

namespace WaiaaS.Daemon.Tests.Hosting;

/// <summary>
/// A real daemon (real SQLite, keystore, libsodium, middleware) in a temporary data directory, served through the
/// in-memory test server instead of a socket. Argon2id runs with a small memory cost to keep tests quick.
/// </summary>
public sealed class DaemonTestHost : IAsyncDisposable
{
    public const string Password = "correct horse battery staple";

    private DaemonTestHost(string root, WaiaasDaemon daemon, FakeTimeProvider time, WaiaasConfig config)
    {
        Root = root;
        Daemon = daemon;
        Time = time;
        Config = config;
        Layout = new DataDirectoryLayout(root);
        Client = daemon.App.GetTestClient();
    }

    public string Root { get; }

    public DataDirectoryLayout Layout { get; }

    public WaiaasDaemon Daemon { get; }

    public FakeTimeProvider Time { get; }

    public WaiaasConfig Config { get; }

    /// <summary>A client without credentials (Host: localhost).</summary>
    public HttpClient Client { get; }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static WaiaasConfig TestConfig(Func<SecuritySettings, SecuritySettings>? security = null)
    {
        // Prices off: tests talk only to loopback, so no test may reach the public price hosts by default.
        var config = new WaiaasConfig
        {
            Keystore = new KeystoreSettings { Argon2MemoryKib = 8192, Argon2Iterations = 1 },
            Oracle = new OracleSettings { Enabled = false },
        };
        return security is null ? config : config with { Security = security(config.Security) };
    }

    public static async Task<DaemonTestHost> StartAsync(WaiaasConfig? config = null, string? root = null, string password = Password, FakeTimeProvider? time = null)
    {
        root ??= CreateRoot();
        config ??= TestConfig();
        time ??= new FakeTimeProvider();
        var layout = new DataDirectoryLayout(root);
        var init = DataDirectoryInitializer.Initialize(layout, DefaultConfigFile.Render("0.0.0-test"));
        Assert.True(init.Succeeded, init.Refusal);
        var daemon = await WaiaasDaemon.StartAsync(new DaemonStartOptions(layout, config, Encoding.UTF8.GetBytes(password))
        {
            Time = time,
            WriteProcessFiles = false,
            ConfigureBuilder = builder => builder.WebHost.UseTestServer(),
        });
        return new DaemonTestHost(root, daemon, time, config);
    }

    public static string CreateRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "waiaas-daemon-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(root)!);
        return root;
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, object? body = null, string? password = Password)
    {
        var request = new HttpRequestMessage(method, path);
        if (password is not null)
        {
            request.Headers.Add("X-Master-Password", password);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        return request;
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null, string? password = Password)
    {
        using var request = Request(method, path, body, password);
        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return (response, document.RootElement.Clone());
    }

    public async Task<JsonElement> CreateWalletAsync(string name, string chain = "solana", string environment = "testnet")
    {
        var (response, body) = await SendAsync(HttpMethod.Post, "/v1/wallets", new { name, chain, environment });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return body;
    }

    /// <summary>Stops the daemon but keeps the data directory (to start again on it).</summary>
    public async Task StopAsync()
    {
        Client.Dispose();
        await Daemon.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Temporary folder; a leftover is harmless.
        }
    }
}
