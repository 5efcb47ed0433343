using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Notifications.Channels;

namespace WaiaaS.Daemon.Notifications;

/// <summary>
/// Registers the channels, the sender and the dispatcher: <see cref="NotificationDeliveryService"/> when
/// <c>[notifications] enabled</c> and at least one channel in <c>channel_order</c> is configured, else
/// <see cref="RecordingNotificationDispatcher"/> (rows with status RECORDED).
/// </summary>
internal static class NotificationServiceCollectionExtensions
{
    public static IServiceCollection AddWaiaasNotifications(this IServiceCollection services, WaiaasConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        services.AddHttpClient(NotificationHttp.ClientName, client =>
            {
                // NotificationHttp bounds every attempt itself.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.MaxResponseContentBufferSize = 1 << 20;
            })
            // Request URLs carry the bot token, webhook tokens and the ntfy topic: the HTTP client logs no request lines.
            .RemoveAllLoggers();
        services.TryAddSingleton<NotificationHttp>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, TelegramNotificationChannel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, DiscordNotificationChannel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, SlackNotificationChannel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, NtfyNotificationChannel>());
        services.TryAddSingleton<NotificationChannelSet>();
        services.TryAddSingleton(sp => new NotificationRateLimiter(sp.GetRequiredService<TimeProvider>(), config.Notifications.RateLimitRpm));
        services.TryAddSingleton<NotificationSender>();
        if (NotificationChannelSet.IsActive(config))
        {
            services.TryAddSingleton<NotificationDeliveryService>();
            services.TryAddSingleton<INotificationDispatcher>(sp => sp.GetRequiredService<NotificationDeliveryService>());
            services.AddHostedService(sp => sp.GetRequiredService<NotificationDeliveryService>());
        }
        else
        {
            services.TryAddSingleton<INotificationDispatcher, RecordingNotificationDispatcher>();
        }

        return services;
    }
}
