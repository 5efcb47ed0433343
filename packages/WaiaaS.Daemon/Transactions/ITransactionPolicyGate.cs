using WaiaaS.Core.Policies;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// The policy stage: evaluates a request against the wallet's policies and the reservation ledger. Called inside the
/// pipeline's write transaction (<c>BEGIN IMMEDIATE</c>), so the ledger it reads cannot change until the new row —
/// which is the reservation — commits.
/// </summary>
internal interface ITransactionPolicyGate
{
    /// <summary>Evaluates <paramref name="intent"/> for <paramref name="wallet"/> using <paramref name="db"/>'s open transaction.</summary>
    Task<PolicyOutcome> EvaluateAsync(WaiaasDbContext db, WalletEntity wallet, TransactionIntent intent, CancellationToken cancellationToken);
}
