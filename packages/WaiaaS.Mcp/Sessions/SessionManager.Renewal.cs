using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Sdk;

namespace WaiaaS.Mcp.Sessions;

// Renewal and the per-code failure handling of SPEC §13 (renewal table in §6).
public sealed partial class SessionManager
{
    private Task RenewScheduledAsync() => RenewAsync(retries: true);

    /// <summary>One renewal attempt. <paramref name="retries"/>: whether a failure may schedule the TOO_EARLY retry or the backoff.</summary>
    private async Task RenewAsync(bool retries)
    {
        var current = _current;
        if (current is null || !current.IsUsableAt(_time.GetUtcNow()))
        {
            EnterPolling(SessionState.Expired, "the session token expired before it could be renewed.");
            return;
        }

        RenewSessionResponse response;
        try
        {
            response = await _client.RenewAsync(current.Claims.SessionId, current.Token, _stopping.Token).ConfigureAwait(false);
        }
        catch (WaiaasApiException e)
        {
            OnRefused(current, e, retries);
            return;
        }
        catch (WaiaasNetworkException)
        {
            OnTransientFailure(current, "NETWORK_ERROR", retries);
            return;
        }

        Apply(current, response);
    }

    private void Apply(SessionSnapshot previous, RenewSessionResponse response)
    {
        var (validated, problem) = Validate(response.Token);
        if (validated is null || !string.Equals(validated.Claims.SessionId, previous.Claims.SessionId, StringComparison.Ordinal))
        {
            EnterPolling(SessionState.Error, $"the daemon's renewal answer held an unusable token ({problem ?? "another session's"}).");
            return;
        }

        var renewed = new SessionSnapshot(response.Token, validated.Claims, response.RenewalCount, response.RenewalsRemaining);
        // The file first (pitfall H-02): a process killed after this line restarts with the new token. The daemon has
        // already replaced the old token, so even when the write fails the new one is used (the old one dies after the
        // grace period); the error state then retries the write on every poll.
        var written = WriteTokenFile(_options.TokenFilePath, response.Token);
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(response.ExpiresAt);
        if (written is not null)
        {
            lock (_gate)
            {
                _current = renewed;
                _backoffAttempt = 0;
                _tooEarlyRetried = false;
                _fileWritePending = true;
                _renewAt = RenewalTime(expiresAt);
            }

            EnterPolling(SessionState.Error, $"the session was renewed but the token file could not be written: {written.Message}");
            return;
        }

        Activate(renewed, expiresAt);
        SessionManagerLog.Renewed(_logger, renewed.Claims.SessionId, response.RenewalCount, response.RenewalsRemaining?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unlimited", expiresAt, _renewAt);
    }

    private void OnRefused(SessionSnapshot current, WaiaasApiException e, bool retries)
    {
        var code = e.Code;
        if (code == ErrorCodes.RenewalTooEarly.Code)
        {
            if (retries && !_tooEarlyRetried)
            {
                _tooEarlyRetried = true;
                SessionManagerLog.RenewalRetry(_logger, current.Claims.SessionId, code, _options.TooEarlyRetryDelay);
                ScheduleRetry(_options.TooEarlyRetryDelay, RenewScheduledAsync);
                return;
            }

            EnterPolling(SessionState.Error, "the daemon refused the renewal as too early, also on the retry (are the clocks apart?).");
        }
        else if (code == ErrorCodes.RenewalLimitReached.Code || code == ErrorCodes.SessionLifetimeExceeded.Code)
        {
            EnterPolling(SessionState.Expired, $"{code}: the session cannot be renewed; its current token works until {current.ExpiresAt:u}.");
        }
        else if (code == ErrorCodes.RenewalConflict.Code)
        {
            if (!AdoptFromFile(current))
            {
                EnterPolling(SessionState.Error, "RENEWAL_CONFLICT: another client renewed this session and the token file does not hold its newer token yet.");
            }
        }
        else if (e.Status is 401 or 404)
        {
            // The token itself is dead (expired, revoked, replaced, forged, or its session is gone).
            if (!AdoptFromFile(current))
            {
                _current = current.AsRejected();
                EnterPolling(SessionState.Expired, $"{code}: the daemon refused the session token.");
            }
        }
        else if (e.Status is 429 or >= 500)
        {
            OnTransientFailure(current, code, retries);
        }
        else
        {
            EnterPolling(SessionState.Error, $"{code}: the daemon refused the renewal ({e.Message}).");
        }
    }

    private void OnTransientFailure(SessionSnapshot current, string code, bool retries)
    {
        if (retries && _backoffAttempt < _options.BackoffDelays.Length)
        {
            var delay = _options.BackoffDelays[_backoffAttempt++];
            SessionManagerLog.RenewalRetry(_logger, current.Claims.SessionId, code, delay);
            ScheduleRetry(delay, RenewScheduledAsync);
            return;
        }

        EnterPolling(SessionState.Error, $"{code}: the renewal failed after {_options.BackoffDelays.Length} retries; it is retried on each poll while the token is valid.");
    }
}
