using Microsoft.Extensions.Logging;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Sessions;

namespace WaiaaS.Mcp.Sessions;

/// <summary>
/// Holds the MCP server's session token and keeps it alive (SPEC §13, seed 000): loads it from the token file (or
/// <c>WAIAAS_SESSION_TOKEN</c> when there is no file), renews it at 60 % of its remaining time-to-live, writes each
/// renewed token to the file before using it, reacts to each renewal refusal by its code, reloads the file after a
/// 401, and in the expired and error states polls the file for a token written by <c>waiaas mcp refresh-token</c> or
/// Telegram <c>/newsession</c>. <see cref="GetToken"/> never waits for a renewal. Tokens are never logged.
/// </summary>
public sealed partial class SessionManager : IAsyncDisposable
{
    private readonly SessionManagerOptions _options;
    private readonly ISessionRenewalClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger<SessionManager> _logger;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _work = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private volatile SessionSnapshot? _current;
    private SessionState _state = SessionState.NotStarted;
    private string _reason = "not started";
    private LongDelayTimer? _timer;
    private long _generation;
    private Task _inFlight = Task.CompletedTask;
    private DateTimeOffset _renewAt = DateTimeOffset.MaxValue;
    private int _backoffAttempt;
    private bool _tooEarlyRetried;
    private bool _fileWritePending;
    private bool _started;
    private bool _disposed;

    /// <summary>Creates a manager; nothing is read until <see cref="StartAsync"/>.</summary>
    public SessionManager(SessionManagerOptions options, ISessionRenewalClient client, TimeProvider time, ILogger<SessionManager> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.TokenFilePath);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.RenewalFraction, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(options.RenewalFraction, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.PollInterval, TimeSpan.Zero);
        _options = options;
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Where the manager stands.</summary>
    public SessionState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>Why the manager is in its state (a sentence without secrets), for logs and tool answers.</summary>
    public string StatusReason
    {
        get
        {
            lock (_gate)
            {
                return _reason;
            }
        }
    }

    /// <summary>The session id (<c>sub</c>) of the token held, if any.</summary>
    public string? SessionId => _current?.Claims.SessionId;

    /// <summary>The wallet ids (<c>wids</c>) of the token held; empty when none.</summary>
    public IReadOnlyList<string> WalletIds => _current?.Claims.WalletIds is { IsDefault: false } ids ? ids : [];

    /// <summary>When the token held expires (<c>exp</c>).</summary>
    public DateTimeOffset? ExpiresAt => _current?.ExpiresAt;

    /// <summary>Renewals done, from the daemon's last renewal answer; null before the first renewal by this manager.</summary>
    public int? RenewalCount => _current?.RenewalCount;

    /// <summary>Renewals left, from the daemon's last renewal answer; null before the first renewal or when unlimited.</summary>
    public int? RenewalsRemaining => _current?.RenewalsRemaining;

    /// <summary>The token file this manager reads and writes.</summary>
    public string TokenFilePath => _options.TokenFilePath;

    /// <summary>What the user should do when the session is over; tools return it as a normal result (not <c>isError</c>).</summary>
    public string ExpiredGuidance =>
        "The WaiaaS session of this MCP server has expired or can no longer be renewed. Ask the wallet owner to run "
        + "`waiaas mcp refresh-token` (or to send /newsession to the WaiaaS Telegram bot). The new token is written to "
        + $"{_options.TokenFilePath} and picked up within a minute, without restarting this client.";

    /// <summary>The guidance for the current state: <see cref="ExpiredGuidance"/>, preceded by the reason in the error state.</summary>
    public string Guidance
    {
        get
        {
            lock (_gate)
            {
                return _state == SessionState.Error ? $"The WaiaaS session is unavailable: {_reason} {ExpiredGuidance}" : ExpiredGuidance;
            }
        }
    }

    /// <summary>Replaces the token file write in tests (to observe that it happens before the in-memory swap).</summary>
    internal Func<string, string, Failure?> WriteTokenFile { get; set; } = SessionTokenFile.Write;

    /// <summary>
    /// The token to send now, or null when there is none usable (not started, none loaded, past its <c>exp</c>, or
    /// refused by the daemon). Never blocks: during a renewal it returns the previous token, which the daemon keeps
    /// accepting for its grace period (pitfall H-05).
    /// </summary>
    public string? GetToken()
    {
        var current = _current;
        return current is not null && current.IsUsableAt(_time.GetUtcNow()) ? current.Token : null;
    }

    /// <summary>Loads the token (file, then <c>WAIAAS_SESSION_TOKEN</c>) and schedules its renewal or the file polling.</summary>
    /// <exception cref="InvalidOperationException">Called twice.</exception>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_started)
            {
                throw new InvalidOperationException("The session manager is already started.");
            }

            _started = true;
        }

        var file = ReadTokenFile();
        if (file.NotFound && string.IsNullOrEmpty(_options.EnvironmentToken))
        {
            EnterPolling(SessionState.Error, $"there is no token file at {_options.TokenFilePath} and {SessionManagerOptions.EnvironmentVariable} is not set.");
            return Task.CompletedTask;
        }

        var (snapshot, problem) = file.NotFound ? Validate(_options.EnvironmentToken!) : (file.Snapshot, file.Problem);
        var source = file.NotFound ? SessionManagerOptions.EnvironmentVariable : _options.TokenFilePath;
        if (snapshot is null)
        {
            EnterPolling(SessionState.Error, $"the token from {source} was refused: {problem}");
        }
        else if (!snapshot.IsUsableAt(_time.GetUtcNow()))
        {
            _current = snapshot;
            EnterPolling(SessionState.Expired, $"the token from {source} expired at {snapshot.ExpiresAt:u}.");
        }
        else
        {
            Activate(snapshot);
            SessionManagerLog.Loaded(_logger, snapshot.Claims.SessionId, source, snapshot.ExpiresAt, _renewAt);
        }

        return Task.CompletedTask;
    }
}
