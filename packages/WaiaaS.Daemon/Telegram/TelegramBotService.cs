using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WaiaaS.Core.Configuration;

namespace WaiaaS.Daemon.Telegram;

/// <summary>
/// Long polling of <c>getUpdates</c> while <c>[telegram] enabled</c> and a bot token is set. The offset is stored
/// before an update is handled, so a restart never runs a command twice (at most once). Errors back off 1 s doubling
/// to 60 s (or Telegram's <c>retry_after</c>); a failing update is logged by kind and skipped; nothing stops the loop
/// but the daemon's shutdown.
/// </summary>
internal sealed partial class TelegramBotService(
    TelegramSettings settings,
    IHttpClientFactory clients,
    TelegramChatRegistry chats,
    TelegramUpdateHandler handler,
    TimeProvider time,
    ILogger<TelegramBotService> logger) : BackgroundService
{
    public const string HttpClientName = "telegram";
    public const int PollTimeoutSeconds = 30;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled || string.IsNullOrEmpty(settings.BotToken))
        {
            return;
        }

        var api = new TelegramBotApi(clients.CreateClient(HttpClientName), settings.ApiBaseUrl, settings.BotToken);
        var backoff = FirstBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var offset = await chats.ReadOffsetAsync(stoppingToken).ConfigureAwait(false);
                var updates = await api.GetUpdatesAsync(offset, PollTimeoutSeconds, stoppingToken).ConfigureAwait(false);
                backoff = FirstBackoff;
                foreach (var update in updates)
                {
                    await chats.WriteOffsetAsync(update.UpdateId + 1, stoppingToken).ConfigureAwait(false);
                    await HandleOneAsync(api, update, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Anything else (a timeout, the database, an unexpected answer) backs off too: the loop never ends
                // but with the daemon. Only TelegramApiException messages are logged (they never hold the URL).
                var wait = (e as TelegramApiException)?.RetryAfter ?? backoff;
                LogPollFailed(logger, e is TelegramApiException ? e.Message : e.GetType().Name, wait.TotalSeconds);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                try
                {
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task HandleOneAsync(TelegramBotApi api, TelegramUpdate update, CancellationToken stoppingToken)
    {
        try
        {
            await handler.HandleAsync(api, update, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The type only: a message could quote input or a URL.
            LogUpdateFailed(logger, update.UpdateId, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram polling failed ({Reason}); retrying in {Seconds} s")]
    private static partial void LogPollFailed(ILogger logger, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram update {UpdateId} failed ({Kind}); skipped")]
    private static partial void LogUpdateFailed(ILogger logger, long updateId, string kind);
}
