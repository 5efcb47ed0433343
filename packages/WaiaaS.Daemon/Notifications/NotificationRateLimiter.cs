namespace WaiaaS.Daemon.Notifications;

/// <summary>
/// <c>[notifications] rate_limit_rpm</c>: at most that many messages per channel in any 60-second window (sliding,
/// on the injected clock). A value of 0 or less means no limit.
/// </summary>
internal sealed class NotificationRateLimiter(TimeProvider time, int perMinute)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int PerMinute => perMinute;

    /// <summary>Takes one slot for <paramref name="channel"/>, or returns false when the window is full.</summary>
    public bool TryAcquire(string channel)
    {
        if (perMinute <= 0)
        {
            return true;
        }

        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_sent.TryGetValue(channel, out var stamps))
            {
                stamps = new Queue<DateTimeOffset>();
                _sent[channel] = stamps;
            }

            while (stamps.Count > 0 && now - stamps.Peek() >= Window)
            {
                stamps.Dequeue();
            }

            if (stamps.Count >= perMinute)
            {
                return false;
            }

            stamps.Enqueue(now);
            return true;
        }
    }
}
