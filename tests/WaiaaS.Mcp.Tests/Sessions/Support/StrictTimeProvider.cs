using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Mcp.Tests.Sessions.Support;

/// <summary>
/// The fake clock, but its timers refuse due times past the platform maximum (0xFFFFFFFE ms, about 49.7 days) the way
/// System.Threading timers do, so a test can prove long delays are chained (pitfall C-01). An optional offset moves
/// this clock against the shared one (a client whose clock runs ahead of the daemon's).
/// </summary>
internal sealed class StrictTimeProvider(FakeTimeProvider inner, TimeSpan offset = default) : TimeProvider
{
    public static readonly TimeSpan PlatformMaximum = TimeSpan.FromMilliseconds(0xFFFFFFFE);

    private long _longestTicks;

    public TimeSpan LongestDueTime => TimeSpan.FromTicks(Interlocked.Read(ref _longestTicks));

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + offset;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Check(dueTime);
        return new CheckedTimer(this, inner.CreateTimer(callback, state, dueTime, period));
    }

    private void Check(TimeSpan dueTime)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dueTime, PlatformMaximum);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            long seen;
            do
            {
                seen = Interlocked.Read(ref _longestTicks);
            }
            while (dueTime.Ticks > seen && Interlocked.CompareExchange(ref _longestTicks, dueTime.Ticks, seen) != seen);
        }
    }

    private sealed class CheckedTimer(StrictTimeProvider owner, ITimer timer) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Check(dueTime);
            return timer.Change(dueTime, period);
        }

        public void Dispose() => timer.Dispose();

        public ValueTask DisposeAsync() => timer.DisposeAsync();
    }
}
