using WaiaaS.Core.Configuration;

namespace WaiaaS.Daemon.Security;

/// <summary>
/// Locks masterAuth after <c>master_auth_lockout_failures</c> wrong passwords within <c>master_auth_lockout_window</c>,
/// for <c>master_auth_lockout_backoff</c> seconds, doubling with each further lockout (capped at one hour) until a
/// correct password resets it. While locked, even a correct password is refused, so guessing cannot continue.
/// </summary>
internal sealed class MasterAuthLockout(SecuritySettings settings, TimeProvider time)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _failures = new();
    private DateTimeOffset _lockedUntil = DateTimeOffset.MinValue;
    private int _lockouts;

    /// <summary>How long until masterAuth is accepted again; null when not locked.</summary>
    public TimeSpan? RetryAfter()
    {
        lock (_gate)
        {
            var remaining = _lockedUntil - time.GetUtcNow();
            return remaining > TimeSpan.Zero ? remaining : null;
        }
    }

    /// <summary>Records a wrong password; returns the lockout duration when this failure started a lockout.</summary>
    public TimeSpan? RecordFailure()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var window = TimeSpan.FromSeconds(settings.MasterAuthLockoutWindowSeconds);
            while (_failures.Count > 0 && now - _failures.Peek() > window)
            {
                _failures.Dequeue();
            }

            _failures.Enqueue(now);
            if (_failures.Count < settings.MasterAuthLockoutFailures)
            {
                return null;
            }

            _failures.Clear();
            _lockouts++;
            var backoff = TimeSpan.FromSeconds(settings.MasterAuthLockoutBackoffSeconds * Math.Pow(2, Math.Min(_lockouts - 1, 20)));
            backoff = backoff > MaxBackoff ? MaxBackoff : backoff;
            _lockedUntil = now + backoff;
            return backoff;
        }
    }

    /// <summary>A correct password clears the failure history and the backoff growth.</summary>
    public void RecordSuccess()
    {
        lock (_gate)
        {
            _failures.Clear();
            _lockouts = 0;
        }
    }
}
