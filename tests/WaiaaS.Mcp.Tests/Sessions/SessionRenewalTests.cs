using WaiaaS.Mcp.Sessions;
using WaiaaS.Mcp.Tests.Sessions.Support;

namespace WaiaaS.Mcp.Tests.Sessions;

// Renewal timing against a scripted client (SessionFailureTests: refusals; SessionDaemonTests: the real daemon).
public sealed class SessionRenewalTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(1000);

    [Fact]
    public async Task T04_renews_at_60_percent_and_writes_the_file_before_memory()
    {
        await using var h = new ManagerHarness();
        var original = h.NewToken("s1", Ttl);
        h.WriteFile(original);
        h.Client.Then(ScriptedRenewalClient.Renews(h.Time, Ttl));
        var manager = await h.StartAsync();
        string? inMemoryDuringWrite = null;
        string? writtenToken = null;
        manager.WriteTokenFile = (path, token) =>
        {
            inMemoryDuringWrite = manager.GetToken();
            writtenToken = token;
            return WaiaaS.Core.Sessions.SessionTokenFile.Write(path, token);
        };

        h.Time.Advance(TimeSpan.FromSeconds(599));
        Assert.True(h.Client.Calls.IsEmpty);
        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(1), 1);
        await Eventually.UntilAsync(() => manager.RenewalCount == 1, "the renewal is applied");

        Assert.Equal(h.Now, h.Client.CallList.Single().At);
        Assert.Equal(original, inMemoryDuringWrite);
        Assert.Equal(writtenToken, manager.GetToken());
        Assert.Equal(writtenToken, h.ReadFile());
        Assert.Equal(SessionState.Active, manager.State);
        Assert.Equal(29, manager.RenewalsRemaining);
        Assert.DoesNotContain(original, h.Log.All, StringComparison.Ordinal);
        Assert.DoesNotContain(writtenToken!, h.Log.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task T05_a_ttl_longer_than_the_timer_maximum_schedules_correctly()
    {
        await using var h = new ManagerHarness();
        var strict = new StrictTimeProvider(h.Time);
        var ttl = TimeSpan.FromDays(3650);
        h.WriteFile(h.NewToken("long", ttl));
        h.Client.Then(ScriptedRenewalClient.Renews(h.Time, ttl));
        var start = h.Now;
        var manager = await h.StartAsync(time: strict);

        // 60 % of 3650 days is 2190 days: far beyond one platform timer (about 49.7 days).
        var step = TimeSpan.FromDays(10);
        while (h.Now + step < start + TimeSpan.FromDays(2190))
        {
            h.Time.Advance(step);
        }

        Assert.True(h.Client.Calls.IsEmpty);
        await h.AdvanceUntilCallsAsync(step, 1);
        var at = h.Client.CallList.Single().At - start;
        Assert.InRange(at, TimeSpan.FromDays(2190), TimeSpan.FromDays(2190) + step);
        Assert.InRange(strict.LongestDueTime, TimeSpan.FromSeconds(1), StrictTimeProvider.PlatformMaximum);
        await Eventually.UntilAsync(() => manager.RenewalCount == 1, "the renewal is applied");
    }

    [Fact]
    public async Task T05_the_real_system_clock_accepts_the_schedule_of_a_ten_year_token()
    {
        await using var h = new ManagerHarness();
        h.WriteFile(TestTokens.Issue("long", TimeProvider.System.GetUtcNow(), TimeSpan.FromDays(3650)));

        // System.Threading timers throw for due times past 0xFFFFFFFE ms; the chained timer never asks for one.
        var manager = await h.StartAsync(time: TimeProvider.System);

        Assert.Equal(SessionState.Active, manager.State);
        Assert.NotNull(manager.GetToken());
    }

    [Fact]
    public async Task T06_the_next_renewal_is_scheduled_from_the_server_expiresAt()
    {
        await using var h = new ManagerHarness();
        h.WriteFile(h.NewToken("s1", Ttl));
        // The server caps the renewed token at 200 s (an absolute lifetime), not the 1000 s local arithmetic would assume.
        h.Client.Then(ScriptedRenewalClient.Renews(h.Time, TimeSpan.FromSeconds(200))).Then(ScriptedRenewalClient.Renews(h.Time, Ttl, 2));
        var manager = await h.StartAsync();
        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 1);
        await Eventually.UntilAsync(() => manager.RenewalCount == 1, "the first renewal is applied");
        await manager.WhenIdleAsync();
        var renewedAt = h.Now;
        h.Time.Advance(TimeSpan.FromSeconds(119));
        Assert.Single(h.Client.Calls);
        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(1), 2);
        await manager.WhenIdleAsync();

        // 60 % of the 200 s the server granted: 120 s after the first renewal.
        Assert.Equal(TimeSpan.FromSeconds(120), h.Client.CallList[1].At - renewedAt);
        Assert.Equal(2, manager.RenewalCount);
        Assert.Equal(manager.ExpiresAt, h.Client.CallList[1].At + Ttl);
    }

    [Fact]
    public async Task T07_too_early_is_retried_once_after_30_seconds()
    {
        await using var h = new ManagerHarness();
        h.WriteFile(h.NewToken("s1", Ttl));
        h.Client.Then(ScriptedRenewalClient.Refuses(409, "RENEWAL_TOO_EARLY", retryable: true)).Then(ScriptedRenewalClient.Renews(h.Time, Ttl));
        var manager = await h.StartAsync();

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 1);
        h.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Single(h.Client.Calls);
        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(1), 2);
        await Eventually.UntilAsync(() => manager.RenewalCount == 1, "the retry's renewal is applied");

        Assert.Equal(TimeSpan.FromSeconds(30), h.Client.CallList[1].At - h.Client.CallList[0].At);
        Assert.Equal(SessionState.Active, manager.State);
    }

    [Fact]
    public async Task T07_too_early_twice_is_an_error_without_a_third_immediate_attempt()
    {
        await using var h = new ManagerHarness();
        h.WriteFile(h.NewToken("s1", Ttl));
        h.Client.Otherwise = ScriptedRenewalClient.Refuses(409, "RENEWAL_TOO_EARLY", retryable: true);
        var manager = await h.StartAsync();

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 1);
        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(30), 2);
        await manager.WhenIdleAsync();
        Assert.Equal(SessionState.Error, manager.State);
        h.Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(2, h.Client.Calls.Count);
        Assert.NotNull(manager.GetToken());
    }
}
