using System.Text;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Notifications;

namespace WaiaaS.Daemon.Notifications.Channels;

/// <summary>
/// ntfy: POST <c>{ntfy_url}/{topic}</c> with the text as the body and the <c>Title</c>, <c>Priority</c> (1–5) and
/// <c>Tags</c> headers; a non-ASCII title travels as an RFC 2047 encoded word, which ntfy decodes. The topic is a
/// secret (anyone who knows it can read the messages) and is never logged.
/// </summary>
internal sealed class NtfyNotificationChannel(WaiaasConfig config, NotificationHttp http) : INotificationChannel
{
    public string Name => "ntfy";

    public bool IsConfigured(WaiaasConfig settings) => Configured(settings);

    public static bool Configured(WaiaasConfig settings) => settings.Notifications.NtfyUrl.Length > 0 && settings.Notifications.NtfyTopic.Length > 0;

    public async Task<ChannelSendResult> SendAsync(RenderedNotification notification, NotificationSeverity severity, CancellationToken cancellationToken)
    {
        var topic = Uri.EscapeDataString(config.Notifications.NtfyTopic);
        using var request = new HttpRequestMessage(HttpMethod.Post, NotificationHttp.Combine(config.Notifications.NtfyUrl, topic))
        {
            Content = new StringContent(notification.Text, Encoding.UTF8, "text/plain"),
        };
        request.Headers.TryAddWithoutValidation("Title", HeaderText(notification.Title));
        request.Headers.TryAddWithoutValidation("Priority", severity switch
        {
            NotificationSeverity.Critical => "5",
            NotificationSeverity.Warning => "4",
            _ => "3",
        });
        request.Headers.TryAddWithoutValidation("Tags", severity switch
        {
            NotificationSeverity.Critical => "rotating_light",
            NotificationSeverity.Warning => "warning",
            _ => "information_source",
        });
        return await http.SendAsync(request, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>ASCII as is; anything else as <c>=?UTF-8?B?…?=</c> (RFC 2047).</summary>
    public static string HeaderText(string text) =>
        text.All(c => c is >= ' ' and <= '~') ? text : "=?UTF-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) + "?=";
}
