namespace WaiaaS.Core.Contracts;

/// <summary>One channel's result in <c>POST /v1/admin/notifications/test</c>.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Status"><c>SENT</c>, <c>FAILED</c> or <c>RATE_LIMITED</c>.</param>
/// <param name="Error">Why it was not sent (no secrets), or null.</param>
public sealed record NotificationTestResultResponse(string Channel, string Status, string? Error);
