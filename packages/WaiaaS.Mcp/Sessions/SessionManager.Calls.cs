using WaiaaS.Sdk;

namespace WaiaaS.Mcp.Sessions;

// What the MCP tools call: the lazy 401 reload, a call wrapper that uses it, and disposal.
public sealed partial class SessionManager
{
    /// <summary>
    /// The lazy 401 reload (SPEC §13): after the daemon refused <paramref name="rejectedToken"/> with 401, re-reads the
    /// token file. Returns true when a different usable token is now held (the manager had already moved on, or the
    /// file holds one, which is adopted and scheduled for renewal): retry the call once with <see cref="GetToken"/>.
    /// Returns false otherwise, and the manager enters <see cref="SessionState.Expired"/> and polls the file.
    /// </summary>
    public async Task<bool> TryReloadAfterUnauthorizedAsync(string rejectedToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(rejectedToken);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _work.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            var current = _current;
            if (current is not null && current.IsUsableAt(now) && !string.Equals(current.Token, rejectedToken, StringComparison.Ordinal))
            {
                return true;
            }

            var candidate = ReadTokenFile().Snapshot;
            if (candidate is not null && candidate.IsUsableAt(now) && !string.Equals(candidate.Token, rejectedToken, StringComparison.Ordinal))
            {
                Activate(candidate);
                SessionManagerLog.Adopted(_logger, _options.TokenFilePath, candidate.Claims.SessionId, candidate.ExpiresAt);
                return true;
            }

            if (current is not null && string.Equals(current.Token, rejectedToken, StringComparison.Ordinal))
            {
                _current = current.AsRejected();
                EnterPolling(SessionState.Expired, "the daemon refused the session token (401) and the token file holds no other valid token.");
            }

            return false;
        }
        finally
        {
            _work.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="call"/> with the current token; on a 401 <see cref="WaiaasApiException"/> reloads the token
    /// file and, when it holds a different valid token, runs the call once more with it.
    /// </summary>
    /// <exception cref="SessionUnavailableException">
    /// There is no usable token, or the daemon refused it and the file holds no other: return
    /// <see cref="SessionUnavailableException.Guidance"/> to the user as a normal result.
    /// </exception>
    public async Task<T> ExecuteAsync<T>(Func<string, Task<T>> call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        var token = GetToken() ?? await AdoptFileOnDemandAsync(cancellationToken).ConfigureAwait(false) ?? throw Unavailable(null);
        try
        {
            return await call(token).ConfigureAwait(false);
        }
        catch (WaiaasApiException e) when (e.Status == 401)
        {
            if (!await TryReloadAfterUnauthorizedAsync(token, cancellationToken).ConfigureAwait(false))
            {
                throw Unavailable(e.Code);
            }
        }

        var next = GetToken() ?? throw Unavailable(null);
        try
        {
            return await call(next).ConfigureAwait(false);
        }
        catch (WaiaasApiException e) when (e.Status == 401)
        {
            // Retried once already: the newer token is refused too.
            await TryReloadAfterUnauthorizedAsync(next, cancellationToken).ConfigureAwait(false);
            throw Unavailable(e.Code);
        }
    }

    /// <summary>
    /// A call made while no token is usable (expired, refused) re-reads the token file first, so a token written by
    /// <c>waiaas mcp refresh-token</c> or Telegram /newsession serves this very call instead of waiting for the next
    /// 60-second poll. Returns the token now usable, or null.
    /// </summary>
    private async Task<string?> AdoptFileOnDemandAsync(CancellationToken cancellationToken)
    {
        if (_disposed || State == SessionState.NotStarted)
        {
            return null;
        }

        await _work.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            AdoptFromFile(_current);
        }
        finally
        {
            _work.Release();
        }

        return GetToken();
    }

    /// <summary>
    /// Stops the manager: clears its timer, waits up to <see cref="SessionManagerOptions.DisposeTimeout"/> for a
    /// renewal in flight (so a renewed token still reaches the file), then cancels it. A new manager on the same
    /// file restores the session from it.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        Task inFlight;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _generation++;
            _timer?.Dispose();
            _timer = null;
            inFlight = _inFlight;
        }

        try
        {
            await inFlight.WaitAsync(_options.DisposeTimeout, _time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            SessionManagerLog.DisposeTimedOut(_logger, _options.DisposeTimeout);
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
    }

    /// <summary>Completes when no timer work is running (tests use it as the signal that a step has finished).</summary>
    internal async Task WhenIdleAsync()
    {
        while (true)
        {
            Task running;
            lock (_gate)
            {
                running = _inFlight;
            }

            await running.ConfigureAwait(false);
            lock (_gate)
            {
                if (ReferenceEquals(running, _inFlight))
                {
                    return;
                }
            }
        }
    }

    private SessionUnavailableException Unavailable(string? code) => new(State, Guidance, code);
}
