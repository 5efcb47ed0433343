using System.Text.Json.Nodes;

namespace WaiaaS.Daemon.Audit;

/// <summary>What to append to the audit log; id, time and hashes are added by <see cref="AuditLogWriter"/>.</summary>
/// <param name="EventType">One of <see cref="AuditEvents"/>.</param>
/// <param name="Actor"><c>master</c>, <c>session:&lt;id&gt;</c>, <c>owner:&lt;address&gt;</c>, <c>system</c> or <c>telegram:&lt;user&gt;</c>.</param>
public sealed record AuditEntry(string EventType, string Actor)
{
    /// <summary>The wallet concerned.</summary>
    public string? WalletId { get; init; }

    /// <summary>The session concerned.</summary>
    public string? SessionId { get; init; }

    /// <summary>The transaction concerned.</summary>
    public string? TransactionId { get; init; }

    /// <summary>The HTTP request id.</summary>
    public string? RequestId { get; init; }

    /// <summary>The client address.</summary>
    public string? IpAddress { get; init; }

    /// <summary>Details, stored as compact JSON. Never put secrets here (keys, passwords, tokens).</summary>
    public JsonObject? Details { get; init; }
}
