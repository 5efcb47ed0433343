using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WaiaaS.Core.Configuration;

namespace WaiaaS.Daemon.Telegram;

/// <summary>Registers the Telegram bot (it polls only when <c>[telegram] enabled</c> and a bot token is set).</summary>
internal static class TelegramServiceCollectionExtensions
{
    public static IServiceCollection AddTelegramBot(this IServiceCollection services, WaiaasConfig config)
    {
        services.TryAddSingleton(config.Telegram);
        services.TryAddSingleton(config.Notifications);
        services.TryAddSingleton<TelegramChatRegistry>();
        services.TryAddSingleton<TelegramOwnerAnswers>();
        services.TryAddSingleton<TelegramSessions>();
        services.TryAddSingleton<TelegramCommands>();
        services.TryAddSingleton<TelegramUpdateHandler>();
        services.AddHttpClient(TelegramBotService.HttpClientName).RemoveAllLoggers();
        services.AddHostedService<TelegramBotService>();
        return services;
    }
}
