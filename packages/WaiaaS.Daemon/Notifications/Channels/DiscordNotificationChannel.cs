using WaiaaS.Core.Configuration;
using WaiaaS.Core.Notifications;

namespace WaiaaS.Daemon.Notifications.Channels;

/// <summary>
/// Discord webhook: POST the webhook URL with JSON <c>{"embeds": [{title, description, color}]}</c>; Discord answers
/// 204 No Content. The webhook URL is a secret (it carries the webhook token) and is never logged.
/// </summary>
internal sealed class DiscordNotificationChannel(WaiaasConfig config, NotificationHttp http) : INotificationChannel
{
    // Embed limits from Discord's documentation: title 256, description 4096 characters.
    private const int TitleLimit = 256;
    private const int DescriptionLimit = 4096;

    public string Name => "discord";

    public bool IsConfigured(WaiaasConfig settings) => Configured(settings);

    public static bool Configured(WaiaasConfig settings) => settings.Notifications.DiscordWebhookUrl.Length > 0;

    public async Task<ChannelSendResult> SendAsync(RenderedNotification notification, NotificationSeverity severity, CancellationToken cancellationToken)
    {
        var color = severity switch
        {
            NotificationSeverity.Critical => 0xE53935,
            NotificationSeverity.Warning => 0xFB8C00,
            _ => 0x1E88E5,
        };
        var embed = new { title = Cut(notification.Title, TitleLimit), description = Cut(notification.Text, DescriptionLimit), color };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(config.Notifications.DiscordWebhookUrl, UriKind.Absolute))
        {
            Content = NotificationHttp.Json(new { embeds = new[] { embed } }),
        };
        return await http.SendAsync(request, null, cancellationToken).ConfigureAwait(false);
    }

    private static string Cut(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)] + "…";
}
