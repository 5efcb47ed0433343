using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Daemon.Sessions;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Storage;

namespace WaiaaS.Daemon.Tests.Sessions;

/// <summary><c>SESSION_EXPIRED</c>: once per session whose token ran out unrenewed; never for revoked or renewed ones.</summary>
public sealed class SessionExpiredNotificationTests
{
    [Fact]
    public async Task An_unrenewed_session_is_reported_once_revoked_and_renewed_ones_are_not()
    {
        await using var host = await DaemonTestHost.StartAsync();
        await WatermarkSetAsync(host); // the sweep at start
        var wallet = await host.WalletIdAsync("reporter");
        var (lapsed, _, _) = await host.NewSessionAsync(new { walletId = wallet, ttl = 600 });
        var (revoked, _, _) = await host.NewSessionAsync(new { walletId = wallet, ttl = 600 });
        var (renewed, renewedToken, _) = await host.NewSessionAsync(new { walletId = wallet, ttl = 600 });
        await host.SendAsync(HttpMethod.Delete, $"/v1/sessions/{revoked}");
        host.Time.Advance(TimeSpan.FromSeconds(400));
        var (renewal, _) = await host.RenewAsync(renewed, renewedToken);
        Assert.True(renewal.IsSuccessStatusCode);
        host.Time.Advance(TimeSpan.FromSeconds(300)); // the first and the revoked one are past their 600 s; the renewed one is not
        var notifier = host.Daemon.App.Services.GetRequiredService<SessionExpiredNotifier>();

        var sent = await notifier.SweepAsync();
        var again = await notifier.SweepAsync();

        Assert.Equal((1, 0), (sent, again));
        var notice = Assert.Single(Notices(host));
        Assert.Equal(lapsed, notice[0]);
        Assert.Contains("reporter", notice[1], StringComparison.Ordinal);
        Assert.Contains("refresh-token", notice[1], StringComparison.Ordinal);

        host.Time.Advance(TimeSpan.FromSeconds(1000)); // now the renewed one has run out too
        Assert.Equal(1, await notifier.SweepAsync());
        Assert.Equal(new[] { lapsed, renewed }.Order(), Notices(host).Select(n => n[0]).Order());
    }

    [Fact]
    public async Task The_first_sweep_of_a_database_only_sets_the_watermark()
    {
        await using var host = await DaemonTestHost.StartAsync();
        await WatermarkSetAsync(host);
        Sql.Execute(host.DatabaseFile(), $"DELETE FROM key_value_store WHERE key = '{SessionExpiredNotifier.WatermarkKey}'");
        await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("old"), ttl = 60 });
        host.Time.Advance(TimeSpan.FromSeconds(120));
        var notifier = host.Daemon.App.Services.GetRequiredService<SessionExpiredNotifier>();

        Assert.Equal(0, await notifier.SweepAsync()); // sets the watermark: expiries before it are not reported late
        Assert.Equal(0, await notifier.SweepAsync());
        Assert.Empty(Notices(host));
    }

    private static async Task WatermarkSetAsync(DaemonTestHost host)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (host.Scalar($"SELECT COUNT(*) FROM key_value_store WHERE key = '{SessionExpiredNotifier.WatermarkKey}'") == 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the start-up sweep did not set the watermark");
            await Task.Delay(20);
        }
    }

    private static List<string[]> Notices(DaemonTestHost host) =>
        [.. Sql.Rows(host.DatabaseFile(), "SELECT session_id, message FROM notification_logs WHERE event_type = 'SESSION_EXPIRED'").Select(r => new[] { r[0]!, r[1]! })];
}
