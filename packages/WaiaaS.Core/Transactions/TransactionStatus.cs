namespace WaiaaS.Core.Transactions;

/// <summary>
/// Where a transaction is in the pipeline (SPEC §9). Stored and sent as the upper-case name. The legal moves between
/// statuses are <see cref="TransactionTransitions"/>.
/// </summary>
public enum TransactionStatus
{
    /// <summary>Accepted by the policy stage (or being evaluated); waiting to execute.</summary>
    Pending,

    /// <summary>Waiting: a DELAY until it is due, or an APPROVAL until the owner answers.</summary>
    Queued,

    /// <summary>Being built, signed and submitted.</summary>
    Executing,

    /// <summary>On its way: submitted to the chain, waiting for confirmation.</summary>
    Submitted,

    /// <summary>Confirmed on chain (terminal).</summary>
    Confirmed,

    /// <summary>Failed to build, sign, submit or execute on chain (terminal).</summary>
    Failed,

    /// <summary>Denied by a policy, cancelled, or rejected by the owner (terminal).</summary>
    Cancelled,

    /// <summary>The owner did not answer within the approval timeout (terminal).</summary>
    Expired,
}
