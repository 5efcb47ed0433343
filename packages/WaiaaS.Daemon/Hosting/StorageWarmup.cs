using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Hosting;

/// <summary>
/// Once the server listens, pays EF Core's first-use cost (building the model, compiling the common queries) in the
/// background, so that neither start-up nor, usually, the first API call waits for it.
/// </summary>
internal sealed partial class StorageWarmup(
    IDbContextFactory<WaiaasDbContext> factory,
    IHostApplicationLifetime lifetime,
    ILogger<StorageWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        }

        try
        {
            await using var db = await factory.CreateDbContextAsync(stoppingToken).ConfigureAwait(false);
            _ = await db.Wallets.AsNoTracking().OrderBy(w => w.CreatedAt).Take(1).ToListAsync(stoppingToken).ConfigureAwait(false);
            _ = await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Seq).Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync(stoppingToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Warming up is an optimisation; a failure here must not stop the daemon (the real call will report it).
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogWarmupFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Storage warm-up failed")]
    private static partial void LogWarmupFailed(ILogger logger, Exception exception);
}
