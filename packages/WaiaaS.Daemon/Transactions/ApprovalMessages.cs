using System.Globalization;
using WaiaaS.Core.Chains;
using WaiaaS.Daemon.Chains;
using WaiaaS.Daemon.Owners;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// The exact text an owner signs to approve or reject one queued transaction (<see cref="OwnerApprovalMessages"/>): it
/// names the action, the transaction, the approval's single-use nonce and its expiry, so a signature cannot be reused
/// for the other action, another transaction or after the approval was answered.
/// </summary>
internal sealed class ApprovalMessages(ChainRouter chains)
{
    /// <summary>The message, or null when the wallet has no owner (or the network is gone).</summary>
    public string? For(WalletEntity wallet, TransactionEntity row, PendingApprovalEntity approval, OwnerAction action)
    {
        if (wallet.OwnerAddress is null)
        {
            return null;
        }

        string? chainId = null;
        if (wallet.Chain == ChainType.Ethereum)
        {
            var endpoint = chains.Resolve(wallet.Chain, wallet.Environment, row.Network);
            if (!endpoint.Succeeded || endpoint.Value!.Network.EvmChainId is not { } id)
            {
                return null;
            }

            chainId = id.ToString(CultureInfo.InvariantCulture);
        }

        return OwnerApprovalMessages.Build(
            wallet.Chain,
            wallet.OwnerAddress,
            action == OwnerAction.Approve ? OwnerApprovalMessages.Approve : OwnerApprovalMessages.Reject,
            row.Id,
            approval.Nonce,
            DateTimeOffset.FromUnixTimeSeconds(approval.CreatedAt),
            DateTimeOffset.FromUnixTimeSeconds(approval.ExpiresAt),
            chainId);
    }
}
