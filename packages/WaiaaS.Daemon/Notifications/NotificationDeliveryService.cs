using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WaiaaS.Daemon.Notifications;

/// <summary>
/// The dispatcher when <c>[notifications] enabled</c> and a channel is configured: <see cref="DispatchAsync"/> only
/// queues the message (bounded, in memory) and returns; this background worker delivers the queue in order through
/// <see cref="NotificationSender"/>. Messages still queued when the daemon stops are not delivered.
/// </summary>
internal sealed partial class NotificationDeliveryService(NotificationSender sender, ILogger<NotificationDeliveryService> logger)
    : BackgroundService, INotificationDispatcher
{
    /// <summary>How many messages may wait; a message arriving at a full queue is dropped (logged).</summary>
    public const int QueueCapacity = 1024;

    private readonly Channel<NotificationMessage> _queue = Channel.CreateBounded<NotificationMessage>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Lock _gate = new();
    private int _outstanding;
    private TaskCompletionSource _idle = CompletedSource();

    public Task DispatchAsync(NotificationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            if (!_queue.Writer.TryWrite(message))
            {
                LogDropped(logger, message.EventType, QueueCapacity);
                return Task.CompletedTask;
            }

            if (_outstanding++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Completes once every queued message has been delivered (or given up on) and logged.</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await sender.DeliverAsync(message, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A database problem must not stop the worker; the exception text names no channel secret.
                    LogDeliveryError(logger, message.EventType, ex.GetType().Name);
                }
                finally
                {
                    Done();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private void Done()
    {
        lock (_gate)
        {
            if (--_outstanding == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource CompletedSource()
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.SetResult();
        return source;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The notification queue is full ({Capacity}); the {EventType} notification was dropped")]
    private static partial void LogDropped(ILogger logger, string eventType, int capacity);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering the {EventType} notification failed ({Error})")]
    private static partial void LogDeliveryError(ILogger logger, string eventType, string error);
}
