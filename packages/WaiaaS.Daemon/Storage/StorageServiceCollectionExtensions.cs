using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Audit;

namespace WaiaaS.Daemon.Storage;

/// <summary>Registers the storage services.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{TContext}"/> of <see cref="WaiaasDbContext"/> (and a scoped context) on
    /// <paramref name="databaseFile"/>, and <see cref="AuditLogWriter"/>. Does not run <see cref="SchemaGate"/>:
    /// the host runs it before it starts anything that uses the database.
    /// </summary>
    public static IServiceCollection AddWaiaasStorage(this IServiceCollection services, string databaseFile, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDbContextFactory<WaiaasDbContext>(builder => WaiaasDatabase.Configure(builder, databaseFile, settings));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditLogWriter>();
        return services;
    }
}
