using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Mcp.Sessions;
using WaiaaS.Mcp.Tests.Sessions.Support;

namespace WaiaaS.Mcp.Tests.Sessions;

// The manager against a real daemon (TestServer, real SQLite) sharing one fake clock: renewals hit PUT /v1/sessions/{id}/renew.
public sealed class SessionDaemonTests
{
    [Fact]
    public async Task T04_with_the_daemon_renews_at_60_percent_and_the_renewed_token_works()
    {
        await using var host = await DaemonSessions.StartDaemonAsync();
        await using var h = Harness(host, out var api);
        var (id, token) = await host.NewSessionAsync(await host.WalletAsync(), ttl: 1000);
        h.WriteFile(token);
        var manager = await h.StartAsync();

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(599), 0);
        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(1), 1);

        Assert.Equal((SessionState.Active, id, 1, 29), (manager.State, manager.SessionId, manager.RenewalCount, manager.RenewalsRemaining));
        var renewed = manager.GetToken()!;
        Assert.NotEqual(token, renewed);
        Assert.Equal(renewed, h.ReadFile());
        Assert.Equal(h.Now + TimeSpan.FromSeconds(1000), manager.ExpiresAt);
        Assert.False(string.IsNullOrEmpty((await api.GetAsync("/v1/wallet/address", renewed)).Address()));
    }

    [Fact]
    public async Task T06_T09_with_the_daemon_the_next_renewal_follows_the_capped_expiresAt_and_the_lifetime_end_expires_the_session()
    {
        await using var host = await DaemonSessions.StartDaemonAsync();
        await using var h = Harness(host, out _);
        var start = h.Now;
        var (_, token) = await host.NewSessionAsync(await host.WalletAsync(), ttl: 1000, absoluteLifetime: 1400);
        h.WriteFile(token);
        var manager = await h.StartAsync();

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 1);
        Assert.Equal(start + TimeSpan.FromSeconds(1400), manager.ExpiresAt);
        // 60 % of the 800 s the daemon granted (capped by the absolute lifetime): at 1080 s, not at 1200 s.
        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(479), 1);
        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(1), 2);

        Assert.Equal(start + TimeSpan.FromSeconds(1080), h.Client.CallList[1].At);
        Assert.Equal(SessionState.Expired, manager.State);
        Assert.Contains("SESSION_LIFETIME_EXCEEDED", manager.StatusReason, StringComparison.Ordinal);
        Assert.NotNull(manager.GetToken());
        await h.AdvanceAsync(TimeSpan.FromSeconds(320));
        Assert.Null(manager.GetToken());
        Assert.Equal(2, h.Client.Calls.Count);
    }

    [Fact]
    public async Task T07_with_the_daemon_too_early_is_retried_once_after_30_seconds()
    {
        await using var host = await DaemonSessions.StartDaemonAsync();
        await using var h = Harness(host, out _);
        var start = h.Now;
        var (_, token) = await host.NewSessionAsync(await host.WalletAsync(), ttl: 300);
        h.WriteFile(token);
        // The client's clock runs 60 s ahead of the daemon's: its 60 % point (204 s by its clock) is 144 s by the
        // daemon's, before the daemon's 50 % rule allows a renewal; the retry 30 s later is past it.
        var manager = await h.StartAsync(time: new StrictTimeProvider(h.Time, TimeSpan.FromSeconds(60)));

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(144), 1);
        Assert.Equal((SessionState.Active, null), (manager.State, manager.RenewalCount));
        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(29), 1);
        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(1), 2);

        Assert.Equal(start + TimeSpan.FromSeconds(174), h.Client.CallList[1].At);
        Assert.Equal((SessionState.Active, 1), (manager.State, manager.RenewalCount));
    }

    [Fact]
    public async Task T08_limit_reached_expires_the_session_and_SESSION_EXPIRING_SOON_was_sent_earlier()
    {
        await using var host = await DaemonSessions.StartDaemonAsync();
        await using var h = Harness(host, out _);
        var (id, token) = await host.NewSessionAsync(await host.WalletAsync("trading-bot"), ttl: 1000, maxRenewals: 3);
        h.WriteFile(token);
        var manager = await h.StartAsync();

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 1);
        Assert.Equal((SessionState.Active, 1, 2), (manager.State, manager.RenewalCount, manager.RenewalsRemaining));
        var warning = Assert.Single(host.ExpiringSoon(id));
        Assert.Contains("trading-bot", warning.Message, StringComparison.Ordinal);

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 2);
        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 3);
        Assert.Equal((SessionState.Active, 3, 0), (manager.State, manager.RenewalCount, manager.RenewalsRemaining));
        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 4);

        Assert.Equal(SessionState.Expired, manager.State);
        Assert.Contains("RENEWAL_LIMIT_REACHED", manager.StatusReason, StringComparison.Ordinal);
        Assert.True(warning.CreatedAt < h.Client.CallList[3].At.ToUnixTimeSeconds());
        Assert.Single(host.ExpiringSoon(id));
        Assert.Equal(h.ReadFile(), manager.GetToken());
    }

    [Fact]
    public async Task T11_with_the_daemon_a_conflict_adopts_the_token_another_client_renewed_and_wrote()
    {
        await using var host = await DaemonSessions.StartDaemonAsync();
        await using var h = Harness(host, out var api);
        var (_, token) = await host.NewSessionAsync(await host.WalletAsync(), ttl: 1000);
        h.WriteFile(token);
        var first = await h.StartAsync();
        await h.AdvanceAsync(TimeSpan.FromSeconds(100));
        var second = await h.StartAsync();

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(500), 1);
        var renewedByFirst = first.GetToken();
        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(40), 2);

        Assert.Equal(token, h.Client.CallList[1].Token);
        Assert.Equal((SessionState.Active, renewedByFirst), (second.State, second.GetToken()));
        Assert.Equal(renewedByFirst, h.ReadFile());
        await h.AdvanceAsync(TimeSpan.FromSeconds(120));
        Assert.False(string.IsNullOrEmpty((await api.GetAsync("/v1/wallet/address", second.GetToken()!)).Address()));
    }

    private static ManagerHarness Harness(DaemonTestHost host, out DaemonApi api)
    {
        var daemon = new DaemonApi(host.Client);
        api = daemon;
        return new ManagerHarness(host.Time, daemon);
    }
}
