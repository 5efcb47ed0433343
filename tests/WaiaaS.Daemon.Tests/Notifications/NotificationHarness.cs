using System.Net.Sockets;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Notifications;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Prices;

namespace WaiaaS.Daemon.Tests.Notifications;

/// <summary>A real daemon whose notification channels point at a local <see cref="NotificationPeerServer"/>, with every log line captured.</summary>
public sealed class NotificationHarness : IAsyncDisposable
{
    private NotificationHarness(NotificationPeerServer peers, DaemonTestHostLite host, CapturedLogs logs)
    {
        Peers = peers;
        Host = host;
        Logs = logs;
    }

    public NotificationPeerServer Peers { get; }

    public DaemonTestHostLite Host { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => Host.Daemon.App.Services;

    public INotificationDispatcher Dispatcher => Services.GetRequiredService<INotificationDispatcher>();

    /// <summary>All four channels configured at the local server, in the default order.</summary>
    public static NotificationSettings AllChannels(NotificationPeerServer peers) => new()
    {
        Enabled = true,
        TelegramChatId = NotificationPeerServer.ChatId,
        DiscordWebhookUrl = peers.BaseUrl + NotificationPeerServer.DiscordPath,
        SlackWebhookUrl = peers.BaseUrl + NotificationPeerServer.SlackPath,
        NtfyUrl = peers.BaseUrl,
        NtfyTopic = NotificationPeerServer.NtfyTopic,
    };

    public static async Task<NotificationHarness> StartAsync(Func<NotificationPeerServer, NotificationSettings> settings, string? telegramBase = null)
    {
        var peers = await NotificationPeerServer.StartAsync();
        var config = DaemonTestHost.TestConfig() with
        {
            Notifications = settings(peers),
            Telegram = new TelegramSettings { BotToken = NotificationPeerServer.BotToken, ApiBaseUrl = telegramBase ?? peers.BaseUrl },
        };
        var logs = new CapturedLogs();
        var host = await DaemonTestHostLite.StartAsync(config, logs);
        return new NotificationHarness(peers, host, logs);
    }

    /// <summary>A loopback URL nobody listens on (the port was free a moment ago): connecting is refused.</summary>
    public static string ClosedPortUrl()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    /// <summary>Waits until the delivery queue is empty (every queued message delivered and logged).</summary>
    public async Task DrainAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await Services.GetRequiredService<NotificationDeliveryService>().WhenIdleAsync(timeout.Token);
    }

    public async Task<List<NotificationLogEntity>> LogRowsAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<WaiaasDbContext>>().CreateDbContextAsync();
        return await db.NotificationLogs.AsNoTracking().OrderBy(l => l.Id).ToListAsync();
    }

    public async Task<List<WaiaaS.Daemon.Audit.AuditLogEntity>> AuditRowsAsync(string eventType)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<WaiaasDbContext>>().CreateDbContextAsync();
        return await db.AuditLog.AsNoTracking().Where(a => a.EventType == eventType).ToListAsync();
    }

    /// <summary>Fails if any secret appears in the log lines, the notification rows or the audit rows.</summary>
    public async Task AssertNoSecretLeakedAsync()
    {
        var rows = JsonSerializer.Serialize(await LogRowsAsync());
        await using var db = await Services.GetRequiredService<IDbContextFactory<WaiaasDbContext>>().CreateDbContextAsync();
        var audit = JsonSerializer.Serialize(await db.AuditLog.AsNoTracking().ToListAsync());
        var channels = JsonSerializer.Serialize(await db.NotificationChannels.AsNoTracking().ToListAsync());
        foreach (var secret in NotificationPeerServer.Secrets)
        {
            Assert.DoesNotContain(secret, Logs.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, rows, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, audit, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, channels, StringComparison.Ordinal);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Peers.DisposeAsync();
    }
}
