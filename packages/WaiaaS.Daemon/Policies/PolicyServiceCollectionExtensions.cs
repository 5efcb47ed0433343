using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WaiaaS.Daemon.Policies;

/// <summary>Registers policy management. The engine itself is static and pure (WaiaaS.Core.Policies.PolicyEngine).</summary>
internal static class PolicyServiceCollectionExtensions
{
    public static IServiceCollection AddWaiaasPolicies(this IServiceCollection services)
    {
        services.TryAddSingleton<PolicyScopeValidator>();
        services.TryAddSingleton<PolicyService>();
        return services;
    }
}
