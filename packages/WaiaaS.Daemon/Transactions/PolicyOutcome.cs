using WaiaaS.Core.Errors;
using WaiaaS.Core.Transactions;

namespace WaiaaS.Daemon.Transactions;

/// <summary>What the policy stage decided for one request, inside the write transaction that reserves it.</summary>
/// <param name="Tier">The tier (meaningless when denied).</param>
/// <param name="DelaySeconds">How long a DELAY waits.</param>
/// <param name="ApprovalTimeoutSeconds">How long an APPROVAL waits for the owner.</param>
/// <param name="Downgraded">APPROVAL was turned into DELAY because the wallet has no verified owner.</param>
/// <param name="Warnings">Warnings to pass to the owner (e.g. a cumulative limit 80 % used).</param>
/// <param name="Denial">The denial (403 POLICY_DENIED with details), or null when allowed.</param>
internal sealed record PolicyOutcome(
    PolicyTier Tier,
    int DelaySeconds,
    int ApprovalTimeoutSeconds,
    bool Downgraded,
    IReadOnlyList<string> Warnings,
    Failure? Denial);
