namespace WaiaaS.Core.Contracts;

/// <summary>Optional body of <c>POST /v1/admin/kill-switch</c>.</summary>
/// <param name="Reason">Why the operator stops everything (recorded in the audit log and the notification).</param>
public sealed record KillSwitchRequest(string? Reason);
