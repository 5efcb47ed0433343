using WaiaaS.Core.Configuration;
using WaiaaS.Core.Notifications;

namespace WaiaaS.Daemon.Notifications.Channels;

/// <summary>
/// Slack incoming webhook: POST the webhook URL with JSON <c>{"text": …}</c>; Slack answers 200 with the body <c>ok</c>.
/// The webhook URL is a secret and is never logged.
/// </summary>
internal sealed class SlackNotificationChannel(WaiaasConfig config, NotificationHttp http) : INotificationChannel
{
    public string Name => "slack";

    public bool IsConfigured(WaiaasConfig settings) => Configured(settings);

    public static bool Configured(WaiaasConfig settings) => settings.Notifications.SlackWebhookUrl.Length > 0;

    public async Task<ChannelSendResult> SendAsync(RenderedNotification notification, NotificationSeverity severity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(config.Notifications.SlackWebhookUrl, UriKind.Absolute))
        {
            Content = NotificationHttp.Json(new { text = $"*{notification.Title}*\n{notification.Text}" }),
        };
        return await http.SendAsync(request, body => body.Trim() == "ok" ? null : "the answer is not ok", cancellationToken).ConfigureAwait(false);
    }
}
