using System.Collections.Immutable;
using WaiaaS.Core.DataDirectory;
using WaiaaS.Core.Sessions;

namespace WaiaaS.Mcp.Sessions;

/// <summary>Settings of a <see cref="SessionManager"/>; the defaults are the values of SPEC §13.</summary>
/// <param name="TokenFilePath">The token file (<see cref="SessionTokenFile.DefaultPath"/> or <see cref="SessionTokenFile.ForWallet"/>).</param>
public sealed record SessionManagerOptions(string TokenFilePath)
{
    /// <summary>The environment variable that may carry a token when there is no token file.</summary>
    public const string EnvironmentVariable = "WAIAAS_SESSION_TOKEN";

    /// <summary>
    /// The value of <see cref="EnvironmentVariable"/>, passed in by the host (the manager never reads the process
    /// environment itself). Used only when the token file does not exist.
    /// </summary>
    public string? EnvironmentToken { get; init; }

    /// <summary>Share of the remaining time-to-live after which the token is renewed: 0.6.</summary>
    public double RenewalFraction { get; init; } = 0.6;

    /// <summary>How often the token file is read in the expired and error states: 60 s.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Waits before the retries after a network failure, 429 or 5xx: 1 s, 2 s, 4 s; then the error state.</summary>
    public ImmutableArray<TimeSpan> BackoffDelays { get; init; } = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)];

    /// <summary>Wait before the one retry after <c>RENEWAL_TOO_EARLY</c>: 30 s.</summary>
    public TimeSpan TooEarlyRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long <see cref="SessionManager.DisposeAsync"/> waits for a renewal in flight: 5 s.</summary>
    public TimeSpan DisposeTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Latest <c>exp</c> accepted, counted from now: the daemon's longest token (3650 days) plus a day of clock
    /// tolerance. A later <c>exp</c> is out of range (pitfall C-03) and the token is refused.
    /// </summary>
    public TimeSpan MaxTokenLifetime { get; init; } = TimeSpan.FromSeconds(SessionLimits.UnlimitedTokenHorizonSeconds) + TimeSpan.FromDays(1);

    /// <summary>Options for the default token file (or one wallet's file) of a data directory.</summary>
    public static SessionManagerOptions For(DataDirectoryLayout layout, string? walletId, string? environmentToken)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var path = walletId is null ? SessionTokenFile.DefaultPath(layout) : SessionTokenFile.ForWallet(layout, walletId);
        return new SessionManagerOptions(path) { EnvironmentToken = environmentToken };
    }

    /// <summary>The settings, without the token.</summary>
    public override string ToString() =>
        $"SessionManagerOptions {{ TokenFilePath = {TokenFilePath}, EnvironmentToken = {(string.IsNullOrEmpty(EnvironmentToken) ? "unset" : "set")}, "
        + $"RenewalFraction = {RenewalFraction}, PollInterval = {PollInterval}, TooEarlyRetryDelay = {TooEarlyRetryDelay}, DisposeTimeout = {DisposeTimeout} }}";
}
