using WaiaaS.Core.Transactions;

namespace WaiaaS.Daemon.Transactions;

/// <summary>What the send call answers once the policy stage committed (SPEC §9): the id, the status and the tier.</summary>
/// <param name="Id">The transaction id.</param>
/// <param name="Status">PENDING (executing) or QUEUED (DELAY / APPROVAL).</param>
/// <param name="Tier">The policy tier.</param>
/// <param name="Replayed">True when an Idempotency-Key returned an earlier transaction.</param>
internal sealed record SendOutcome(string Id, TransactionStatus Status, PolicyTier? Tier, bool Replayed);
