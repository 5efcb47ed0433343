using WaiaaS.Core.Errors;
using WaiaaS.Core.Sessions;

namespace WaiaaS.Mcp.Sessions;

// Reading, checking and adopting tokens from the token file; the polling of the expired and error states.
public sealed partial class SessionManager
{
    /// <summary>What reading the token file gave: a checked token, a problem (a sentence without the token), or no file.</summary>
    private readonly record struct FileRead(SessionSnapshot? Snapshot, string? Problem, bool NotFound);

    private FileRead ReadTokenFile()
    {
        var read = SessionTokenFile.Read(_options.TokenFilePath);
        if (!read.Succeeded)
        {
            return read.Failure.Error == ErrorCodes.TokenFileNotFound
                ? new FileRead(null, read.Failure.Message, NotFound: true)
                : new FileRead(null, read.Failure.Message ?? read.Failure.Error.Message, NotFound: false);
        }

        var (snapshot, problem) = Validate(read.Value!);
        return new FileRead(snapshot, problem, NotFound: false);
    }

    /// <summary>
    /// Decodes a token without trusting it (pitfall C-03): structure, <c>sub</c>, <c>wids</c>, <c>iat</c> and
    /// <c>exp</c> by <see cref="SessionTokenCodec.DecodeUntrusted"/>, then <c>exp</c> no later than
    /// <see cref="SessionManagerOptions.MaxTokenLifetime"/> from now. An <c>exp</c> in the past is not a problem here
    /// (the token is well formed but expired; callers check <see cref="SessionSnapshot.IsUsableAt"/>).
    /// </summary>
    private (SessionSnapshot? Snapshot, string? Problem) Validate(string token)
    {
        var decoded = SessionTokenCodec.DecodeUntrusted(token);
        if (!decoded.Succeeded)
        {
            return (null, decoded.Failure.Message ?? "the token is malformed.");
        }

        var claims = decoded.Value!;
        var latest = _time.GetUtcNow() + _options.MaxTokenLifetime;
        if (claims.ExpiresAt > latest.ToUnixTimeSeconds())
        {
            return (null, $"its expiry ({claims.ExpiresAt}, Unix seconds) is out of range: later than {latest:u}.");
        }

        return (new SessionSnapshot(token, claims, null, null), null);
    }

    /// <summary>Adopts the file's token when it supersedes <paramref name="current"/>; true when it did.</summary>
    private bool AdoptFromFile(SessionSnapshot? current)
    {
        var file = ReadTokenFile();
        var candidate = file.Snapshot;
        if (candidate is null || !candidate.IsUsableAt(_time.GetUtcNow()) || (current is not null && !current.IsSupersededBy(candidate, _time.GetUtcNow())))
        {
            return false;
        }

        Activate(candidate);
        SessionManagerLog.Adopted(_logger, _options.TokenFilePath, candidate.Claims.SessionId, candidate.ExpiresAt);
        return true;
    }

    /// <summary>
    /// One poll of the expired or error state: finish a pending file write, else adopt a newer token from the file,
    /// else (error state, token still valid, renewal due) try one renewal, else wait for the next poll.
    /// </summary>
    private async Task PollAsync()
    {
        var current = _current;
        var now = _time.GetUtcNow();
        bool writePending;
        SessionState state;
        lock (_gate)
        {
            writePending = _fileWritePending;
            state = _state;
        }

        if (writePending && current is not null && current.IsUsableAt(now))
        {
            var failure = WriteTokenFile(_options.TokenFilePath, current.Token);
            if (failure is null)
            {
                Activate(current);
                return;
            }

            EnterPolling(SessionState.Error, $"the session was renewed but the token file could not be written: {failure.Message}");
            return;
        }

        if (AdoptFromFile(current))
        {
            return;
        }

        if (state == SessionState.Error && current is not null && current.IsUsableAt(now) && now >= _renewAt)
        {
            await RenewAsync(retries: false).ConfigureAwait(false);
            return;
        }

        lock (_gate)
        {
            SchedulePollLocked();
        }
    }
}
