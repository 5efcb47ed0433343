using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.DataDirectory;
using WaiaaS.Daemon.Hosting;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Notifications;

/// <summary>
/// <see cref="DaemonTestHost"/>'s setup with an extra log provider (to check that no secret is logged): a real daemon
/// in a temporary data directory behind the in-memory test server, on a <see cref="FakeTimeProvider"/>.
/// </summary>
public sealed class DaemonTestHostLite : IAsyncDisposable
{
    private DaemonTestHostLite(string root, WaiaasDaemon daemon, FakeTimeProvider time)
    {
        Root = root;
        Daemon = daemon;
        Time = time;
        Client = daemon.App.GetTestClient();
    }

    public string Root { get; }

    public WaiaasDaemon Daemon { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Client { get; }

    public static async Task<DaemonTestHostLite> StartAsync(WaiaasConfig config, ILoggerProvider logs)
    {
        var root = DaemonTestHost.CreateRoot();
        var time = new FakeTimeProvider();
        var layout = new DataDirectoryLayout(root);
        var init = DataDirectoryInitializer.Initialize(layout, DefaultConfigFile.Render("0.0.0-test"));
        Assert.True(init.Succeeded, init.Refusal);
        var daemon = await WaiaasDaemon.StartAsync(new DaemonStartOptions(layout, config, Encoding.UTF8.GetBytes(DaemonTestHost.Password))
        {
            Time = time,
            WriteProcessFiles = false,
            ConfigureBuilder = builder =>
            {
                builder.WebHost.UseTestServer();
                builder.Logging.AddProvider(logs);
                builder.Logging.SetMinimumLevel(LogLevel.Trace);
            },
        });
        return new DaemonTestHostLite(root, daemon, time);
    }

    public async Task<(HttpResponseMessage Response, System.Text.Json.JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = DaemonTestHost.Request(method, path, body);
        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = System.Text.Json.JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return (response, document.RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Daemon.DisposeAsync();
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
