using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WaiaaS.Core.Configuration;

namespace WaiaaS.Daemon.AutoStop;

/// <summary>Runs the idle rule every <see cref="Interval"/> (on the injected <see cref="TimeProvider"/>) while it is on.</summary>
internal sealed partial class AutoStopIdleWorker(AutoStopService service, AutoStopSettings settings, TimeProvider time, ILogger<AutoStopIdleWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled || settings.IdleTimeoutSeconds == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await service.CheckIdleAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // One failed check must not end the loop; the next tick retries.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    LogCheckFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "AutoStop idle check failed")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
