using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>The exact text an owner signs to approve or reject one queued transaction (names the action, the transaction and the nonce).</summary>
internal interface IApprovalMessages
{
    /// <summary>The message for <paramref name="action"/> by <paramref name="wallet"/>'s owner on <paramref name="row"/> with <paramref name="approval"/>'s nonce and expiry; null when the wallet has no owner.</summary>
    string? For(WalletEntity wallet, TransactionEntity row, PendingApprovalEntity approval, OwnerAction action);
}
