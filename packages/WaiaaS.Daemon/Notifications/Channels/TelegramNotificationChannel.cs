using System.Text.Json;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Notifications;

namespace WaiaaS.Daemon.Notifications.Channels;

/// <summary>
/// Telegram Bot API <c>sendMessage</c>: POST <c>{api_base_url}/bot{bot_token}/sendMessage</c> with JSON
/// <c>{chat_id, text}</c>; the answer is <c>{"ok": true, "result": Message}</c>. Plain text (no parse_mode), so nothing
/// in a message needs escaping. The token is in the path: the URL is never logged.
/// </summary>
internal sealed class TelegramNotificationChannel(WaiaasConfig config, NotificationHttp http) : INotificationChannel
{
    public string Name => "telegram";

    public bool IsConfigured(WaiaasConfig settings) => Configured(settings);

    public static bool Configured(WaiaasConfig settings) =>
        settings.Telegram.BotToken.Length > 0 && settings.Notifications.TelegramChatId.Length > 0;

    public Task<ChannelSendResult> SendAsync(RenderedNotification notification, NotificationSeverity severity, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, NotificationHttp.Combine(config.Telegram.ApiBaseUrl, $"bot{config.Telegram.BotToken}/sendMessage"))
        {
            Content = NotificationHttp.Json(new { chat_id = config.Notifications.TelegramChatId, text = notification.PlainText }),
        };
        return SendAndDisposeAsync(request, cancellationToken);
    }

    private async Task<ChannelSendResult> SendAndDisposeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            return await http.SendAsync(request, CheckOk, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string? CheckOk(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True ? null : "the answer is not ok";
        }
        catch (JsonException)
        {
            return "the answer is not JSON";
        }
    }
}
