using WaiaaS.Core.Transactions;

namespace WaiaaS.Daemon.AutoStop;

/// <summary>
/// What the transaction pipeline tells AutoStop (SPEC §10). Both hooks read the <c>transactions</c> table, so call
/// them after the row's change has committed. A rule that triggers suspends the wallet (reason
/// <c>AUTO_STOP:&lt;rule&gt;</c>), audits <c>auto_stop.triggered</c> and notifies <c>AUTO_STOP_TRIGGERED</c>.
/// </summary>
public interface IAutoStopHooks
{
    /// <summary>A transaction reached a terminal status; checks the consecutive-failures rule.</summary>
    /// <returns>Whether the wallet was suspended by this call.</returns>
    Task<bool> OnTransactionSettledAsync(string walletId, TransactionStatus finalStatus, CancellationToken cancellationToken);

    /// <summary>A transaction request was accepted (its row exists); checks the unusual-activity rule.</summary>
    /// <returns>Whether the wallet was suspended by this call.</returns>
    Task<bool> OnTransactionAcceptedAsync(string walletId, CancellationToken cancellationToken);
}
