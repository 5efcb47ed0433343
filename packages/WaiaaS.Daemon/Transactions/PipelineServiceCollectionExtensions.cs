using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WaiaaS.Adapters.Evm;
using WaiaaS.Adapters.Evm.Rpc;
using WaiaaS.Adapters.Solana;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Daemon.Chains;

namespace WaiaaS.Daemon.Transactions;

/// <summary>Registers the chain adapters and the transaction pipeline (stages, executor, sweeper).</summary>
internal static class PipelineServiceCollectionExtensions
{
    /// <summary>The named HttpClient every chain RPC call goes through (only to URLs from <c>[rpc]</c>).</summary>
    public const string ChainRpcClient = "chain-rpc";

    public static IServiceCollection AddTransactionPipeline(this IServiceCollection services)
    {
        services.AddHttpClient(ChainRpcClient);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChainAdapter, EvmChainAdapter>(sp =>
            new EvmChainAdapter(new EvmRpcClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(ChainRpcClient), null, sp.GetRequiredService<TimeProvider>()), null, sp.GetRequiredService<TimeProvider>())));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChainAdapter, SolanaChainAdapter>(sp =>
            new SolanaChainAdapter(sp.GetRequiredService<IHttpClientFactory>().CreateClient(ChainRpcClient), sp.GetRequiredService<TimeProvider>())));
        services.TryAddSingleton<ChainRouter>();
        services.TryAddSingleton<TransactionRequestResolver>();
        services.TryAddSingleton<TransactionRecordFactory>();
        services.TryAddSingleton<TransactionPipeline>();
        services.TryAddSingleton<TransactionStateWriter>();
        services.TryAddSingleton<TransactionWorkQueue>();
        services.TryAddSingleton<TransactionEvents>();
        services.TryAddSingleton<TransactionExecution>();
        services.TryAddSingleton<ExecutionLanes>();
        services.TryAddSingleton<EvmNonceManager>();
        services.TryAddSingleton<ConfirmationWatcher>();
        services.TryAddSingleton<TransactionSweeper>();
        services.TryAddSingleton<TransactionQueries>();
        services.TryAddSingleton<TransactionActions>();
        services.TryAddSingleton<AgentWalletReader>();
        services.TryAddSingleton<ApprovalMessages>();
        services.TryAddSingleton<SigningGate>();
        services.TryAddSingleton<UsdValuation>();
        services.TryAddSingleton<TransactionPolicyGate>();
        services.TryAddSingleton<TransactionExecutor>();
        services.AddHostedService(sp => sp.GetRequiredService<TransactionExecutor>());
        return services;
    }
}
