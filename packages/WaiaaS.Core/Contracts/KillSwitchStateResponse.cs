namespace WaiaaS.Core.Contracts;

/// <summary>The kill switch's state (<c>GET /v1/admin/kill-switch</c>).</summary>
/// <param name="State"><c>ACTIVE</c> (normal operation), <c>SUSPENDED</c> or <c>LOCKED</c>.</param>
/// <param name="ChangedAt">When the state last changed (Unix seconds), or null if it never did.</param>
public sealed record KillSwitchStateResponse(string State, long? ChangedAt);
