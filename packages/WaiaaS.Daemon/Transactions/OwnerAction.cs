namespace WaiaaS.Daemon.Transactions;

/// <summary>What an owner's signature over an approval message allows; part of the signed text.</summary>
internal enum OwnerAction
{
    /// <summary>Execute the queued transaction.</summary>
    Approve,

    /// <summary>Cancel it.</summary>
    Reject,
}
