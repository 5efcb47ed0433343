namespace WaiaaS.Daemon.Owners;

/// <summary>Whose owner an ownerAuth endpoint expects: where the middleware finds the owner address to compare with.</summary>
public enum OwnerAuthScope
{
    /// <summary>The owner (GRACE or LOCKED) of the wallet whose id is the route value <c>{id}</c>.</summary>
    Wallet,

    /// <summary>The owner (GRACE or LOCKED) of the wallet of the transaction whose id is the route value <c>{id}</c>.</summary>
    Transaction,

    /// <summary>A verified (LOCKED) owner of any wallet that is not terminated.</summary>
    AnyVerifiedOwner,
}
