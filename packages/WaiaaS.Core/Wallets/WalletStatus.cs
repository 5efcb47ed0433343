namespace WaiaaS.Core.Wallets;

/// <summary>
/// Lifecycle of a wallet. Stored and sent as the upper-case name (<c>CREATING</c>, <c>ACTIVE</c>, …).
/// </summary>
public enum WalletStatus
{
    /// <summary>The key is being generated and written; the wallet cannot sign yet.</summary>
    Creating,

    /// <summary>The wallet signs transactions its policies allow.</summary>
    Active,

    /// <summary>Signing is refused until the wallet is resumed.</summary>
    Suspended,

    /// <summary>Termination has started (pending work is being cancelled).</summary>
    Terminating,

    /// <summary>The wallet never signs again; its key file can be purged, its row and audit rows stay.</summary>
    Terminated,
}
