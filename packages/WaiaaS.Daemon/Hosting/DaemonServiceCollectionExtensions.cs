using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WaiaaS.Adapters.Evm;
using WaiaaS.Adapters.Solana.Keys;
using WaiaaS.Daemon.Agents;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.KillSwitch;
using WaiaaS.Daemon.Notifications;
using WaiaaS.Daemon.Policies;
using WaiaaS.Daemon.Prices;
using WaiaaS.Daemon.Security;
using WaiaaS.Daemon.Sessions;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Telegram;
using WaiaaS.Daemon.Transactions;
using WaiaaS.Daemon.Wallets;

namespace WaiaaS.Daemon.Hosting;

/// <summary>Registers the daemon's services. <c>TryAdd*</c> throughout, so tests can substitute any of them first.</summary>
internal static class DaemonServiceCollectionExtensions
{
    public static IServiceCollection AddWaiaasDaemon(this IServiceCollection services, DaemonStartOptions options, string databaseFile, SchemaGateOutcome gate, UnlockedStateHolder holder)
    {
        services.TryAddSingleton(options.Time);
        services.TryAddSingleton(options.Config);
        services.TryAddSingleton(options.Config.Security);
        services.TryAddSingleton(options.Layout);
        services.TryAddSingleton(new DaemonRuntime(options.Time, gate.ToVersion));
        services.TryAddSingleton<IDbContextFactory<WaiaasDbContext>>(
            new PooledDbContextFactory<WaiaasDbContext>(WaiaasDatabase.CreateOptions(databaseFile, options.Config.Database)));
        services.TryAddSingleton<AuditLogWriter>();
        services.TryAddSingleton(_ => holder.Guard);
        services.TryAddSingleton(_ => holder.KeyStore);
        services.TryAddSingleton<MasterAuthLockout>();
        services.TryAddSingleton<ISecurityEventRecorder, AuditingSecurityEventRecorder>();
        services.TryAddSingleton(new KeySchemeRegistry(options.KeySchemes ?? [new Ed25519KeyScheme(), new Secp256k1KeyScheme()]));
        services.TryAddSingleton<WalletService>();
        services.TryAddSingleton<WalletNetworkCatalog>();
        services.TryAddSingleton<ConnectInfoReader>();
        services.AddWaiaasNotifications(options.Config);
        services.AddWaiaasOwnerControls(options.Config);
        services.AddPriceOracle(options.Config.Oracle);
        services.AddWaiaasPolicies();
        services.AddTransactionPipeline();
        services.AddWaiaasSessions();
        services.AddTelegramBot(options.Config);
        services.AddHostedService<WalCheckpointService>();
        services.AddHostedService<StorageWarmup>();
        return services;
    }
}
