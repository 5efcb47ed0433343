using WaiaaS.Core.Configuration;
using WaiaaS.Core.Notifications;

namespace WaiaaS.Daemon.Notifications.Channels;

/// <summary>One way to reach the owner (Telegram, Discord, Slack, ntfy).</summary>
internal interface INotificationChannel
{
    /// <summary>The channel's name as in <c>[notifications] channel_order</c>.</summary>
    string Name { get; }

    /// <summary>Whether the channel's settings are filled in.</summary>
    bool IsConfigured(WaiaasConfig config);

    /// <summary>Sends one message. Never throws for a delivery problem; the result names what went wrong, without secrets.</summary>
    Task<ChannelSendResult> SendAsync(RenderedNotification notification, NotificationSeverity severity, CancellationToken cancellationToken);
}
