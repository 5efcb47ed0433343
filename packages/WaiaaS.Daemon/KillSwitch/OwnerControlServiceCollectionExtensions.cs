using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.AutoStop;
using WaiaaS.Daemon.Endpoints;
using WaiaaS.Daemon.Owners;

namespace WaiaaS.Daemon.KillSwitch;

/// <summary>Registers and maps the owner's controls: owner signatures, the kill switch and AutoStop.</summary>
internal static class OwnerControlServiceCollectionExtensions
{
    public static IServiceCollection AddWaiaasOwnerControls(this IServiceCollection services, WaiaasConfig config)
    {
        services.TryAddSingleton(config.AutoStop);
        services.TryAddSingleton<OwnerNonceStore>();
        services.TryAddSingleton<OwnerAuthenticator>();
        services.TryAddSingleton<OwnerService>();
        services.TryAddSingleton<KillSwitchStateCache>();
        services.TryAddSingleton<IKillSwitchState>(provider => provider.GetRequiredService<KillSwitchStateCache>());
        services.TryAddSingleton<KillSwitchService>();
        services.TryAddSingleton<AdminStatusReader>();
        services.TryAddSingleton<AutoStopService>();
        services.TryAddSingleton<IAutoStopHooks>(provider => provider.GetRequiredService<AutoStopService>());
        services.AddHostedService<AutoStopIdleWorker>();
        return services;
    }

    public static IEndpointRouteBuilder MapOwnerControlEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapOwnerEndpoints();
        routes.MapKillSwitchEndpoints();
        return routes;
    }
}
