using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Notifications.Channels;

namespace WaiaaS.Daemon.Notifications;

/// <summary>The channels of the configuration: which are configured and the order they are tried in.</summary>
internal sealed class NotificationChannelSet(WaiaasConfig config, IEnumerable<INotificationChannel> channels)
{
    private readonly IReadOnlyList<INotificationChannel> _all = channels.ToList();

    public IReadOnlyList<INotificationChannel> All => _all;

    /// <summary>Configured channels in <c>channel_order</c> (a configured channel not named there is not used).</summary>
    public IReadOnlyList<INotificationChannel> Ordered =>
        config.Notifications.ChannelOrder
            .Distinct(StringComparer.Ordinal)
            .Select(name => _all.FirstOrDefault(c => c.Name == name))
            .OfType<INotificationChannel>()
            .Where(c => c.IsConfigured(config))
            .ToList();

    /// <summary>Whether channel delivery replaces recording: enabled and at least one channel of channel_order configured.</summary>
    public static bool IsActive(WaiaasConfig settings) =>
        settings.Notifications.Enabled && settings.Notifications.ChannelOrder.Any(name => name switch
        {
            "telegram" => TelegramNotificationChannel.Configured(settings),
            "discord" => DiscordNotificationChannel.Configured(settings),
            "slack" => SlackNotificationChannel.Configured(settings),
            "ntfy" => NtfyNotificationChannel.Configured(settings),
            _ => false,
        });
}
