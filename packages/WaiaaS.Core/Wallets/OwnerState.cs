namespace WaiaaS.Core.Wallets;

/// <summary>
/// Whether a wallet has an owner (the human who approves transactions), and whether that owner is fixed.
/// Stored and sent as the upper-case name (<c>NONE</c>, <c>GRACE</c>, <c>LOCKED</c>).
/// </summary>
public enum OwnerState
{
    /// <summary>No owner address is registered.</summary>
    None,

    /// <summary>An owner address is registered but not yet proven by a signature; it can still be changed.</summary>
    Grace,

    /// <summary>The owner proved control of the address by a signature; changing it needs the owner.</summary>
    Locked,
}
