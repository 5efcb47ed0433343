namespace WaiaaS.Core.Contracts;

/// <summary>One row of <c>GET /v1/admin/notifications/log</c>: a delivery attempt (or a recorded notification).</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="Channel">The channel, or null for a notification that was only recorded.</param>
/// <param name="EventType">The event (SPEC §12).</param>
/// <param name="Status"><c>SENT</c>, <c>FAILED</c>, <c>RATE_LIMITED</c> or <c>RECORDED</c>.</param>
/// <param name="Error">Why it was not sent, or null.</param>
/// <param name="Message">The text as sent.</param>
/// <param name="WalletId">The wallet concerned, if any.</param>
/// <param name="SessionId">The session concerned, if any.</param>
/// <param name="CreatedAt">Unix seconds.</param>
public sealed record NotificationLogEntryResponse(
    string Id,
    string? Channel,
    string EventType,
    string Status,
    string? Error,
    string? Message,
    string? WalletId,
    string? SessionId,
    long CreatedAt);
