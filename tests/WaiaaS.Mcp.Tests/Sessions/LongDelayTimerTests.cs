using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Mcp.Sessions;
using WaiaaS.Mcp.Tests.Sessions.Support;

namespace WaiaaS.Mcp.Tests.Sessions;

public sealed class LongDelayTimerTests
{
    [Fact]
    public void A_delay_of_a_hundred_days_is_chained_below_the_platform_maximum_and_fires_on_time()
    {
        var clock = new FakeTimeProvider();
        var strict = new StrictTimeProvider(clock);
        var due = clock.GetUtcNow() + TimeSpan.FromDays(100);
        DateTimeOffset? firedAt = null;
        using var timer = LongDelayTimer.Start(strict, due, () => firedAt = clock.GetUtcNow());

        for (var day = 1; day < 100; day++)
        {
            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Null(firedAt);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(due, firedAt);
        Assert.Equal(LongDelayTimer.MaxSegment, strict.LongestDueTime);
        Assert.True(LongDelayTimer.MaxSegment < StrictTimeProvider.PlatformMaximum);
    }

    [Fact]
    public void A_due_time_already_passed_runs_at_once_and_a_disposed_timer_never_runs()
    {
        var clock = new FakeTimeProvider();
        var ran = 0;
        using (LongDelayTimer.Start(clock, clock.GetUtcNow() - TimeSpan.FromSeconds(1), () => ran++))
        {
            Assert.Equal(1, ran);
        }

        var disposed = LongDelayTimer.Start(clock, clock.GetUtcNow() + TimeSpan.FromSeconds(10), () => ran++);
        disposed.Dispose();
        clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(1, ran);
    }
}
