namespace WaiaaS.Mcp.Sessions;

/// <summary>
/// A one-shot timer for any delay (pitfall C-01): platform timers refuse due times past about 49.7 days
/// (<c>0xFFFFFFFE</c> ms), so a longer wait is a chain of segments of at most <see cref="MaxSegment"/>, each re-armed
/// from the provider's clock against the absolute due time (no accumulated drift).
/// </summary>
internal sealed class LongDelayTimer : IDisposable
{
    /// <summary>Longest single segment: 2^31 − 1 ms (about 24.8 days), below every platform's maximum.</summary>
    public static readonly TimeSpan MaxSegment = TimeSpan.FromMilliseconds(int.MaxValue);

    private readonly TimeProvider _time;
    private readonly DateTimeOffset _dueAt;
    private readonly Action _onDue;
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private bool _done;

    private LongDelayTimer(TimeProvider time, DateTimeOffset dueAt, Action onDue)
    {
        _time = time;
        _dueAt = dueAt;
        _onDue = onDue;
    }

    /// <summary>When the callback runs.</summary>
    public DateTimeOffset DueAt => _dueAt;

    /// <summary>Runs <paramref name="onDue"/> once at <paramref name="dueAt"/> (at once, on this thread, when it has passed).</summary>
    public static LongDelayTimer Start(TimeProvider time, DateTimeOffset dueAt, Action onDue)
    {
        var timer = new LongDelayTimer(time, dueAt, onDue);
        timer.Arm();
        return timer;
    }

    public void Dispose()
    {
        ITimer? timer;
        lock (_gate)
        {
            _done = true;
            timer = _timer;
            _timer = null;
        }

        timer?.Dispose();
    }

    private void Arm()
    {
        var remaining = _dueAt - _time.GetUtcNow();
        lock (_gate)
        {
            if (_done)
            {
                return;
            }

            if (remaining > TimeSpan.Zero)
            {
                var segment = remaining < MaxSegment ? remaining : MaxSegment;
                _timer ??= _time.CreateTimer(_ => Arm(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _timer.Change(segment, Timeout.InfiniteTimeSpan);
                return;
            }

            _done = true;
        }

        _onDue();
    }
}
