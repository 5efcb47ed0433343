using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Prices;

namespace WaiaaS.Daemon.Prices;

/// <summary>Registers <see cref="IPriceOracle"/> and its sources.</summary>
internal static class PriceOracleServiceCollectionExtensions
{
    public static IServiceCollection AddPriceOracle(this IServiceCollection services, OracleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.TryAddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        AddPriceClient(services, PythPriceSource.ClientName);
        AddPriceClient(services, CoinGeckoPriceSource.ClientName);
        services.TryAddSingleton<PriceHttp>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPriceSource, PythPriceSource>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPriceSource, CoinGeckoPriceSource>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPriceSource, StaticPriceSource>());
        services.TryAddSingleton<IPriceOracle, PriceOracle>();
        return services;
    }

    private static void AddPriceClient(IServiceCollection services, string name) =>
        services.AddHttpClient(name, client =>
            {
                // PriceHttp bounds every request with request_timeout_ms; the client-wide timeout would only race it.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.MaxResponseContentBufferSize = PriceHttp.MaxResponseBytes;
                client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            })
            // API keys travel in headers: keep every header value out of the HTTP client's own log lines.
            .RedactLoggedHeaders(_ => true);
}
