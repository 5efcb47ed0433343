using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WaiaaS.Daemon.Sessions;

/// <summary>
/// The hourly session sweep: sends <c>SESSION_EXPIRING_SOON</c> for sessions no renewal has warned about, and
/// <c>SESSION_EXPIRED</c> for sessions that ran out since the last sweep (the first sweep, at start, sets the watermark).
/// </summary>
internal sealed partial class SessionSweepService(
    SessionExpiryNotifier notifier,
    SessionExpiredNotifier expired,
    TimeProvider time,
    ILogger<SessionSweepService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        var first = true;
        while (first || await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var sent = first ? 0 : await notifier.SweepAsync(stoppingToken).ConfigureAwait(false);
                var ended = await expired.SweepAsync(stoppingToken).ConfigureAwait(false);
                LogSwept(logger, sent, ended);
            }
#pragma warning disable CA1031 // One failed sweep must not end the loop; the next hour retries.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogSweepFailed(logger, e);
            }

            first = false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Session sweep sent {Count} expiring-soon warnings and {Expired} expiry notices")]
    private static partial void LogSwept(ILogger logger, int count, int expired);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session sweep failed; retrying in an hour")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
