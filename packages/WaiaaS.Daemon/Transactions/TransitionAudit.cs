using System.Text.Json.Nodes;
using WaiaaS.Daemon.Audit;

namespace WaiaaS.Daemon.Transactions;

/// <summary>Who moved a transaction and why, for its audit row.</summary>
/// <param name="Actor">An <see cref="AuditActors"/> value or a session/owner actor.</param>
/// <param name="EventType">The audit event; null = <see cref="AuditEvents.TransactionStatusChanged"/>.</param>
/// <param name="Details">Extra facts (from/to are added).</param>
/// <param name="RequestId">The HTTP request that caused it, if any.</param>
internal sealed record TransitionAudit(string Actor, string? EventType = null, JsonObject? Details = null, string? RequestId = null)
{
    /// <summary>A move made by the daemon's own workers.</summary>
    public static TransitionAudit System(JsonObject? details = null) => new(AuditActors.System, Details: details);
}
