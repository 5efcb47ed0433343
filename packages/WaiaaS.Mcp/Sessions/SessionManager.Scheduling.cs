namespace WaiaaS.Mcp.Sessions;

// State changes and the one timer: renewal (or its retry) while active, file polling while expired or in error.
public sealed partial class SessionManager
{
    /// <summary>Makes <paramref name="snapshot"/> the token and schedules its renewal from <paramref name="expiresAt"/> (the server's, after a renewal).</summary>
    private void Activate(SessionSnapshot snapshot, DateTimeOffset? expiresAt = null)
    {
        lock (_gate)
        {
            _current = snapshot;
            _state = SessionState.Active;
            _reason = "the session is active.";
            _backoffAttempt = 0;
            _tooEarlyRetried = false;
            _fileWritePending = false;
            _renewAt = RenewalTime(expiresAt ?? snapshot.ExpiresAt);
            ScheduleLocked(_renewAt, RenewScheduledAsync);
        }
    }

    /// <summary>60 % (<see cref="SessionManagerOptions.RenewalFraction"/>) of the time left until <paramref name="expiresAt"/>, from now.</summary>
    private DateTimeOffset RenewalTime(DateTimeOffset expiresAt)
    {
        var now = _time.GetUtcNow();
        var remaining = expiresAt - now;
        return now + (remaining > TimeSpan.Zero ? remaining * _options.RenewalFraction : TimeSpan.Zero);
    }

    /// <summary>Enters the expired or error state and polls the token file every <see cref="SessionManagerOptions.PollInterval"/>.</summary>
    private void EnterPolling(SessionState state, string reason)
    {
        lock (_gate)
        {
            var changed = _state != state || !string.Equals(_reason, reason, StringComparison.Ordinal);
            _state = state;
            _reason = reason;
            if (changed)
            {
                SessionManagerLog.StateChanged(_logger, state, reason);
            }

            SchedulePollLocked();
        }
    }

    private void SchedulePollLocked() => ScheduleLocked(_time.GetUtcNow() + _options.PollInterval, PollAsync);

    private void ScheduleRetry(TimeSpan delay, Func<Task> work)
    {
        lock (_gate)
        {
            ScheduleLocked(_time.GetUtcNow() + delay, work);
        }
    }

    private void ScheduleLocked(DateTimeOffset dueAt, Func<Task> work)
    {
        _timer?.Dispose();
        _timer = null;
        if (_disposed)
        {
            return;
        }

        var generation = ++_generation;
        _timer = LongDelayTimer.Start(_time, dueAt, () => Fire(generation, work));
    }

    private void Fire(long generation, Func<Task> work)
    {
        lock (_gate)
        {
            // A timer replaced or cleared after it fired is stale: only the newest schedule runs.
            if (_disposed || generation != _generation)
            {
                return;
            }

            _inFlight = Task.Run(() => RunExclusiveAsync(work));
        }
    }

    private async Task RunExclusiveAsync(Func<Task> work)
    {
        try
        {
            await _work.WaitAsync(_stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            await work().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Disposed while a renewal was in flight.
        }
#pragma warning disable CA1031 // A timer callback must not die on a bug: report it and keep polling.
        catch (Exception e)
#pragma warning restore CA1031
        {
            SessionManagerLog.Unexpected(_logger, e.GetType().Name);
            EnterPolling(SessionState.Error, "an unexpected failure stopped the renewal (see the log).");
        }
        finally
        {
            _work.Release();
        }
    }
}
