namespace WaiaaS.Sdk;

/// <summary>Filters of <c>GET /v1/audit-logs</c>; every one optional. Times are Unix seconds.</summary>
/// <param name="EventType">An event type, e.g. <c>session.created</c>.</param>
/// <param name="WalletId">A wallet.</param>
/// <param name="SessionId">A session.</param>
/// <param name="Actor">An actor, e.g. <c>master</c>.</param>
/// <param name="From">From this time (inclusive).</param>
/// <param name="To">Up to this time.</param>
/// <param name="Cursor">The cursor of the previous page.</param>
/// <param name="Limit">Page size.</param>
public sealed record AuditLogQuery(
    string? EventType = null,
    string? WalletId = null,
    string? SessionId = null,
    string? Actor = null,
    long? From = null,
    long? To = null,
    string? Cursor = null,
    int? Limit = null);
