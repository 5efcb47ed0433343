namespace WaiaaS.Core.Contracts;

/// <summary><c>POST /v1/wallets/{id}/suspend</c>.</summary>
/// <param name="Reason">Why, shown to the owner and recorded in the audit log (optional, at most 256 characters).</param>
public sealed record SuspendWalletRequest(string? Reason);
