using WaiaaS.Core.Policies;

namespace WaiaaS.Daemon.Transactions;

/// <summary>Values a request's amount in USD; null when no fresh price is known (SPEC §8: unknown price → at least NOTIFY).</summary>
internal interface IUsdValuation
{
    /// <summary>The USD value of <paramref name="intent"/>'s amount, or null.</summary>
    ValueTask<decimal?> ValueAsync(TransactionIntent intent, CancellationToken cancellationToken);
}
