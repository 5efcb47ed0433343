using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Daemon.Sessions;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Storage;

namespace WaiaaS.Daemon.Tests.Sessions;

public class SessionExpiringSoonTests
{
    [Fact]
    public async Task ARenewalLeavingThreeRenewals_WarnsOnce_WithTheFacts()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (id, token, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("trading-bot"), ttl = 3600, maxRenewals = 5 });
        host.Time.Advance(TimeSpan.FromSeconds(1800));
        var (_, first) = await host.RenewAsync(id, token);
        Assert.Empty(Warnings(host, id));

        host.Time.Advance(TimeSpan.FromSeconds(1800));
        var (_, second) = await host.RenewAsync(id, first.GetProperty("token").GetString());
        host.Time.Advance(TimeSpan.FromSeconds(1800));
        await host.RenewAsync(id, second.GetProperty("token").GetString());

        var warning = Assert.Single(Warnings(host, id));
        Assert.Contains(id, warning, StringComparison.Ordinal);
        Assert.Contains("trading-bot", warning, StringComparison.Ordinal);
        Assert.Contains("3 renewals remaining", warning, StringComparison.Ordinal);
        Assert.Contains(DateTimeOffset.FromUnixTimeSeconds(second.GetProperty("absoluteExpiresAt").GetInt64()).ToString("yyyy-MM-ddTHH:mm:ssZ"), warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionsThatDoNotQualify_AreNotWarned()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var wallet = await host.WalletIdAsync("w");
        var (id, token, _) = await host.NewSessionAsync(new { walletId = wallet });
        var (unlimited, _, _) = await host.NewSessionAsync(new { walletId = wallet, maxRenewals = 0, absoluteLifetime = 0 });
        var (revoked, _, _) = await host.NewSessionAsync(new { walletId = wallet, maxRenewals = 2 });
        await host.SendAsync(HttpMethod.Delete, $"/v1/sessions/{revoked}");
        host.Time.Advance(TimeSpan.FromHours(12));
        await host.RenewAsync(id, token);
        var notifier = host.Daemon.App.Services.GetRequiredService<SessionExpiryNotifier>();

        Assert.Equal(0, await notifier.SweepAsync());
        Assert.Equal(0, host.Scalar("SELECT COUNT(*) FROM notification_logs WHERE event_type = 'SESSION_EXPIRING_SOON'"));
        Assert.False(await notifier.NotifyIfExpiringSoonAsync(unlimited));
    }

    [Fact]
    public async Task TheHourlySweep_WarnsWhenTheAbsoluteExpiryIsLessThan24HoursAway()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (id, _, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w"), ttl = 0, absoluteLifetime = 2 * 86400 });

        host.Time.Advance(TimeSpan.FromHours(24));
        Assert.Empty(Warnings(host, id));
        host.Time.Advance(TimeSpan.FromHours(1));

        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (Warnings(host, id).Count == 0 && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
        }

        Assert.Single(Warnings(host, id));
        host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await host.Daemon.App.Services.GetRequiredService<SessionExpiryNotifier>().SweepAsync());
        Assert.Single(Warnings(host, id));
    }

    [Fact]
    public async Task SweepsAndRenewalsRacing_SendExactlyOneWarningPerSession()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var notifier = host.Daemon.App.Services.GetRequiredService<SessionExpiryNotifier>();
        var wallet = await host.WalletIdAsync("w");
        var sessions = new List<(string Id, string Token)>();
        for (var i = 0; i < 5; i++)
        {
            var (id, token, _) = await host.NewSessionAsync(new { walletId = wallet, ttl = 3600, maxRenewals = 4 });
            sessions.Add((id, token));
        }

        host.Time.Advance(TimeSpan.FromSeconds(1800));
        var racers = new List<Task>();
        foreach (var (id, token) in sessions)
        {
            racers.Add(host.RenewAsync(id, token));
            racers.AddRange(Enumerable.Range(0, 4).Select(_ => Task.Run(() => notifier.NotifyIfExpiringSoonAsync(id))));
        }

        racers.AddRange(Enumerable.Range(0, 4).Select(_ => Task.Run(() => notifier.SweepAsync())));
        await Task.WhenAll(racers);

        Assert.All(sessions, s => Assert.Single(Warnings(host, s.Id)));
        Assert.Equal(5, host.Scalar("SELECT COUNT(*) FROM notification_logs WHERE event_type = 'SESSION_EXPIRING_SOON'"));
        Assert.Equal(5, host.Scalar("SELECT COUNT(*) FROM sessions WHERE expiring_soon_notified = 1"));
    }

    private static List<string?> Warnings(DaemonTestHost host, string sessionId) =>
        [.. Sql.Rows(host.DatabaseFile(), $"SELECT message FROM notification_logs WHERE event_type = 'SESSION_EXPIRING_SOON' AND session_id = '{sessionId}'").Select(r => r[0])];
}
