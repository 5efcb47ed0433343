using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Core.Transactions;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.KillSwitch;

/// <summary>
/// What activation and recovery change, inside the caller's write transaction. Activation revokes every live
/// session, cancels PENDING and QUEUED transactions (error code <c>KILL_SWITCH</c>; each update is a compare-and-set
/// on the expected status, and only moves <see cref="TransactionTransitions"/> allows), and suspends ACTIVE wallets
/// with reason <c>KILL_SWITCH</c>. Recovery makes exactly those wallets ACTIVE again.
/// </summary>
internal static class KillSwitchCascade
{
    public const string SuspensionReason = "KILL_SWITCH";

    public const string CancelErrorCode = "KILL_SWITCH";

    private static readonly TransactionStatus[] CancelledFrom = [TransactionStatus.Pending, TransactionStatus.Queued];

    public static async Task<(int Sessions, int Transactions, int Wallets)> ActivateAsync(WaiaasDbContext db, long now, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions
            .Where(s => s.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RevokedAt, now), cancellationToken).ConfigureAwait(false);

        var cancelled = TransactionStatus.Cancelled.ToWireName();
        var transactions = 0;
        foreach (var from in CancelledFrom.Where(from => TransactionTransitions.IsAllowed(from, TransactionStatus.Cancelled)))
        {
            var expected = from.ToWireName();
            transactions += await db.Transactions
                .Where(t => t.Status == expected)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(t => t.Status, cancelled)
                    .SetProperty(t => t.ErrorCode, CancelErrorCode)
                    .SetProperty(t => t.Error, "Cancelled by the kill switch.")
                    .SetProperty(t => t.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
        }

        var wallets = await db.Wallets
            .Where(w => w.Status == WalletStatus.Active)
            .ExecuteUpdateAsync(set => set
                .SetProperty(w => w.Status, WalletStatus.Suspended)
                .SetProperty(w => w.SuspendedAt, now)
                .SetProperty(w => w.SuspensionReason, SuspensionReason)
                .SetProperty(w => w.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
        return (sessions, transactions, wallets);
    }

    public static Task<int> RecoverAsync(WaiaasDbContext db, long now, CancellationToken cancellationToken) =>
        db.Wallets
            .Where(w => w.Status == WalletStatus.Suspended && w.SuspensionReason == SuspensionReason)
            .ExecuteUpdateAsync(set => set
                .SetProperty(w => w.Status, WalletStatus.Active)
                .SetProperty(w => w.SuspendedAt, (long?)null)
                .SetProperty(w => w.SuspensionReason, (string?)null)
                .SetProperty(w => w.UpdatedAt, now), cancellationToken);
}
