using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WaiaaS.Daemon.Sessions;

/// <summary>The hourly session sweep: sends <c>SESSION_EXPIRING_SOON</c> for sessions no renewal has warned about.</summary>
internal sealed partial class SessionSweepService(
    SessionExpiryNotifier notifier,
    TimeProvider time,
    ILogger<SessionSweepService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var sent = await notifier.SweepAsync(stoppingToken).ConfigureAwait(false);
                LogSwept(logger, sent);
            }
#pragma warning disable CA1031 // One failed sweep must not end the loop; the next hour retries.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogSweepFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Session sweep sent {Count} expiring-soon warnings")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session sweep failed; retrying in an hour")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
