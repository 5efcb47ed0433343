namespace WaiaaS.Daemon.Tests.Hosting;

/// <summary>
/// A clock tests move by hand (Microsoft.Extensions.TimeProvider.Testing is not available here). Timers created
/// through it (<c>PeriodicTimer</c>, <c>Task.Delay</c> with this provider) fire when <see cref="Advance"/> passes
/// their due time, once per advance however far it jumps (like a periodic timer that coalesces missed ticks).
/// </summary>
public sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private long _ticks = start.UtcTicks;

    public FakeTimeProvider()
        : this(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero))
    {
    }

    // Live mode: the clock runs with real time (plus whatever Advance added) and timers are real. For tests against real
    // chains, whose waits must pass in real time, that still need to jump ahead (a due DELAY, an expired approval).
    private bool _live;
    private long _liveOffset;

    /// <summary>A clock that runs in real time, with real timers; <see cref="Advance"/> jumps it ahead.</summary>
    public static FakeTimeProvider Live() => new() { _live = true };

    public override DateTimeOffset GetUtcNow() =>
        _live ? System.GetUtcNow().AddTicks(Interlocked.Read(ref _liveOffset)) : new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by)
    {
        if (_live)
        {
            Interlocked.Add(ref _liveOffset, by.Ticks);
            return;
        }

        var now = Interlocked.Add(ref _ticks, by.Ticks);
        List<FakeTimer> due;
        lock (_gate)
        {
            due = _timers.Where(t => t.TakeIfDue(now)).ToList();
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (_live)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        return timer;
    }

    private void Remove(FakeTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private long _due = long.MaxValue;
        private long _period;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                _due = dueTime == Timeout.InfiniteTimeSpan ? long.MaxValue : owner.GetUtcNow().UtcTicks + dueTime.Ticks;
                _period = period == Timeout.InfiniteTimeSpan ? 0 : period.Ticks;
            }

            return true;
        }

        // Called under the owner's lock.
        public bool TakeIfDue(long now)
        {
            if (_due > now)
            {
                return false;
            }

            if (_period <= 0)
            {
                _due = long.MaxValue;
            }
            else
            {
                _due += (((now - _due) / _period) + 1) * _period;
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
