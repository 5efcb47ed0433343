using System.Text.Json.Nodes;

namespace WaiaaS.Core.Contracts;

/// <summary>One audit-log row as <c>GET /v1/audit-logs</c> returns it (times in Unix seconds).</summary>
public sealed record AuditLogEntryResponse(
    string Id,
    long Seq,
    long CreatedAt,
    string EventType,
    string Actor,
    string? WalletId,
    string? SessionId,
    string? TransactionId,
    string? RequestId,
    string? IpAddress,
    JsonObject? Details,
    string PrevHash,
    string Hash);
