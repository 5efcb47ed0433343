namespace WaiaaS.Core.Contracts;

/// <summary>
/// What the owner signs to approve or reject a queued transaction: the exact messages (each names the action, the
/// transaction and a single-use nonce), sent back with the signature in <c>X-Owner-Message</c>/<c>X-Owner-Signature</c>.
/// </summary>
/// <param name="Nonce">The single-use nonce.</param>
/// <param name="ExpiresAt">When the approval expires (Unix seconds).</param>
/// <param name="ApproveMessage">Text to sign to approve.</param>
/// <param name="RejectMessage">Text to sign to reject.</param>
public sealed record PendingApprovalResponse(string Nonce, long ExpiresAt, string? ApproveMessage, string? RejectMessage);
