using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Policies;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// Stage 3 of SPEC §9: evaluates a request against the wallet's policies and the reservation ledger, inside the
/// pipeline's write transaction (<c>BEGIN IMMEDIATE</c>). No other writer can change the ledger until the new row —
/// which is the reservation — commits, so concurrent requests can never together exceed a cumulative limit.
/// </summary>
internal sealed class TransactionPolicyGate(SecuritySettings security, TimeProvider time)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(security.TimeZone);
    private readonly PolicyDefaults _defaults = PolicyDefaults.From(security);

    public async Task<PolicyDecision> EvaluateAsync(WaiaasDbContext db, WalletEntity wallet, TransactionIntent intent, string? transactionId, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("policies are evaluated inside the pipeline's write transaction");
        var candidates = await PolicyCandidateLoader.LoadCandidatesAsync(connection, transaction, wallet.Id, intent.Network, cancellationToken).ConfigureAwait(false);
        return PolicyEngine.Evaluate(new PolicyEvaluationInput
        {
            Intent = intent,
            Policies = candidates,
            Now = time.GetUtcNow(),
            TimeZone = _zone,
            HasVerifiedOwner = wallet.OwnerState == OwnerState.Locked,
            Defaults = _defaults,
            Usage = new LedgerPolicyUsage(connection, transaction, wallet.Id, transactionId),
        });
    }
}
