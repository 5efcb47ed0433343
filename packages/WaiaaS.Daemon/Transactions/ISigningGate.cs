using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>The last check before a key signs: the kill switch is off and the wallet is still active.</summary>
internal interface ISigningGate
{
    /// <summary>Why <paramref name="wallet"/> may not sign now, or null when it may.</summary>
    SigningRefusal? RefusalReason(WalletEntity wallet);
}

/// <summary>A reason not to sign.</summary>
/// <param name="Code">Stored as the transaction's error code.</param>
/// <param name="Message">Stored as its error.</param>
internal sealed record SigningRefusal(string Code, string Message);
