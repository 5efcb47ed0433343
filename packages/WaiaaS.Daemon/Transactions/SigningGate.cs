using WaiaaS.Core.Errors;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.KillSwitch;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>The last check before a key signs: the kill switch is not engaged and the wallet is still active.</summary>
internal sealed class SigningGate(IKillSwitchState killSwitch)
{
    /// <summary>Why <paramref name="wallet"/> may not sign now (error code and message), or null when it may.</summary>
    public (string Code, string Message)? RefusalReason(WalletEntity wallet)
    {
        if (!killSwitch.IsActive)
        {
            return (ErrorCodes.SystemLocked.Code, "the kill switch is engaged; nothing is signed.");
        }

        return wallet.Status == WalletStatus.Active
            ? null
            : (ErrorCodes.WalletSuspended.Code, $"the wallet is {wallet.Status.ToString().ToUpperInvariant()}: {wallet.SuspensionReason}");
    }
}
