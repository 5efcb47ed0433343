using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Hosting;

/// <summary>Every <c>wal_checkpoint_interval</c> seconds, folds the WAL back into the database file (<c>wal_checkpoint(TRUNCATE)</c>).</summary>
internal sealed partial class WalCheckpointService(
    IDbContextFactory<WaiaasDbContext> factory,
    WaiaasConfig config,
    TimeProvider time,
    ILogger<WalCheckpointService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(config.Database.WalCheckpointIntervalSeconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await using var db = await factory.CreateDbContextAsync(stoppingToken).ConfigureAwait(false);
                var result = WaiaasDatabase.Checkpoint(db);
                var summary = result.ToString();
                LogCheckpoint(logger, summary);
            }
#pragma warning disable CA1031 // A failed checkpoint is retried at the next tick; the loop must survive it.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogCheckpointFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "WAL checkpoint: {Result}")]
    private static partial void LogCheckpoint(ILogger logger, string result);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WAL checkpoint failed; retrying at the next interval")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
