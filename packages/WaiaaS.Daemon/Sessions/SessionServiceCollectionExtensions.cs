using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WaiaaS.Daemon.Sessions;

/// <summary>Registers sessions: secrets, lifecycle, renewal, sessionAuth and the expiring-soon sweep.</summary>
internal static class SessionServiceCollectionExtensions
{
    public static IServiceCollection AddWaiaasSessions(this IServiceCollection services)
    {
        services.TryAddSingleton<JwtSecretStore>();
        services.TryAddSingleton<SessionConstraintDefaults>();
        services.TryAddSingleton<SessionService>();
        services.TryAddSingleton<SessionRenewer>();
        services.TryAddSingleton<SessionAuthenticator>();
        services.TryAddSingleton<SessionRequestLimiter>();
        services.TryAddSingleton<SessionExpiryNotifier>();
        services.TryAddSingleton<SessionExpiredNotifier>();
        services.AddHostedService<SessionSweepService>();
        return services;
    }
}
