using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Daemon.Hosting;

namespace WaiaaS.Cli;

/// <summary>Talks to the running daemon of a data directory over its loopback HTTP API.</summary>
internal sealed class DaemonConnection : IDisposable
{
    private static readonly Lazy<IHttpClientFactory> Factory = new(() =>
        new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>());

    private readonly HttpClient _client;

    private DaemonConnection(Uri baseAddress)
    {
        _client = Factory.Value.CreateClient();
        _client.BaseAddress = baseAddress;
        _client.Timeout = TimeSpan.FromSeconds(30);
    }

    public Uri BaseAddress => _client.BaseAddress!;

    /// <summary>The HTTP client, with the daemon as base address (for the SDK clients).</summary>
    public HttpClient Client => _client;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Connects to the daemon that holds <paramref name="loaded"/>'s lock, or returns null when none runs.</summary>
    public static DaemonConnection? Find(LoadedDataDirectory loaded)
    {
        if (!DaemonInstanceLock.IsHeld(loaded.Layout) || !File.Exists(loaded.Layout.PortFile))
        {
            return null;
        }

        var port = File.ReadAllText(loaded.Layout.PortFile).Trim();
        return int.TryParse(port, out var number) ? For(loaded.Config.Daemon.Hostname, number) : null;
    }

    public static DaemonConnection For(string hostname, int port)
    {
        var host = hostname.Contains(':', StringComparison.Ordinal) && !hostname.StartsWith('[') ? $"[{hostname}]" : hostname;
        return new DaemonConnection(new Uri($"http://{host}:{port}/"));
    }

    public async Task<(int Status, JsonElement Body)> SendAsync(HttpMethod method, string path, byte[]? masterPassword, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (masterPassword is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Master-Password", Encoding.UTF8.GetString(masterPassword));
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(string.IsNullOrEmpty(text) ? "{}" : text);
        return ((int)response.StatusCode, document.RootElement.Clone());
    }

    /// <summary>Prints an error envelope the daemon returned and gives the exit code.</summary>
    public static int Refused(CliContext context, int status, JsonElement body)
    {
        var code = body.TryGetProperty("code", out var c) ? c.GetString() : "HTTP_" + status;
        var message = body.TryGetProperty("message", out var m) ? m.GetString() : "the daemon refused the request";
        context.Error.WriteLine($"error: {code}: {message}");
        if (body.TryGetProperty("hint", out var hint))
        {
            context.Error.WriteLine("hint: " + hint.GetString());
        }

        return code is "INVALID_MASTER_PASSWORD" or "MASTER_PASSWORD_LOCKED" ? ExitCodes.MasterPasswordRejected : ExitCodes.RequestRefused;
    }

    public void Dispose() => _client.Dispose();
}
