namespace WaiaaS.Core.Transactions;

/// <summary>How much owner involvement a transaction needs (SPEC §8), in increasing order. Sent as the upper-case name.</summary>
public enum PolicyTier
{
    /// <summary>Execute at once.</summary>
    Instant,

    /// <summary>Execute at once and notify the owner.</summary>
    Notify,

    /// <summary>Wait for the policy's delay (cancellable), then execute.</summary>
    Delay,

    /// <summary>Wait for the owner's signed approval.</summary>
    Approval,
}
