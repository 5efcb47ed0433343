using System.Collections.Concurrent;
using WaiaaS.Core.Configuration;

namespace WaiaaS.Daemon.Sessions;

/// <summary>
/// Per-session request limits (<c>[security] rate_limit_session_rpm</c> for every request of a session,
/// <c>rate_limit_tx_rpm</c> for transaction sends): fixed one-minute windows counted in memory. They protect the
/// daemon and the owner from a runaway agent; the durable, policy-level limit is the RATE_LIMIT policy.
/// </summary>
internal sealed class SessionRequestLimiter(SecuritySettings security, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(string Session, bool Sends), Counter> _counters = new();

    /// <summary>Counts one request; returns how long to wait when it is over a limit (and then it is not counted).</summary>
    public TimeSpan? Acquire(string sessionId, bool isSend)
    {
        var now = time.GetUtcNow();
        var wait = Take(sessionId, sends: false, security.RateLimitSessionRpm, now);
        if (wait is null && isSend)
        {
            wait = Take(sessionId, sends: true, security.RateLimitTxRpm, now);
        }

        return wait;
    }

    private TimeSpan? Take(string sessionId, bool sends, int limit, DateTimeOffset now)
    {
        if (limit <= 0)
        {
            return null;
        }

        var counter = _counters.GetOrAdd((sessionId, sends), _ => new Counter());
        lock (counter)
        {
            if (now - counter.WindowStart >= Window)
            {
                counter.WindowStart = now;
                counter.Count = 0;
            }

            if (counter.Count >= limit)
            {
                return counter.WindowStart + Window - now;
            }

            counter.Count++;
            return null;
        }
    }

    private sealed class Counter
    {
        public DateTimeOffset WindowStart { get; set; } = DateTimeOffset.MinValue;

        public int Count { get; set; }
    }
}
