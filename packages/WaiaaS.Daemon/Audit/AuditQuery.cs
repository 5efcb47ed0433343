namespace WaiaaS.Daemon.Audit;

/// <summary>Filters and paging for <see cref="AuditLogReader.QueryAsync"/>. Every filter is optional; they combine with AND.</summary>
public sealed record AuditQuery
{
    /// <summary>Rows per page when <see cref="Limit"/> is not given.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The largest accepted <see cref="Limit"/>.</summary>
    public const int MaxLimit = 200;

    /// <summary>Exact event type (one of <see cref="AuditEvents"/>).</summary>
    public string? EventType { get; init; }

    /// <summary>Exact wallet id.</summary>
    public string? WalletId { get; init; }

    /// <summary>Exact session id.</summary>
    public string? SessionId { get; init; }

    /// <summary>Exact actor (e.g. <c>master</c>, <c>session:&lt;id&gt;</c>).</summary>
    public string? Actor { get; init; }

    /// <summary>Rows created at or after this time (Unix seconds).</summary>
    public long? From { get; init; }

    /// <summary>Rows created at or before this time (Unix seconds).</summary>
    public long? To { get; init; }

    /// <summary>The <see cref="AuditPage.NextCursor"/> of the previous page (the id of its last row).</summary>
    public string? Cursor { get; init; }

    /// <summary>Page size, 1 to <see cref="MaxLimit"/>; <see cref="DefaultLimit"/> when null.</summary>
    public int? Limit { get; init; }
}
