namespace WaiaaS.Daemon.Audit;

/// <summary>One page of audit rows, newest first.</summary>
/// <param name="Items">The rows.</param>
/// <param name="NextCursor">Pass as <see cref="AuditQuery.Cursor"/> for the next (older) page; null on the last page.</param>
public sealed record AuditPage(IReadOnlyList<AuditLogEntity> Items, string? NextCursor);
