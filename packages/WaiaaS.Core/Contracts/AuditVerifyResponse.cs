namespace WaiaaS.Core.Contracts;

/// <summary><c>GET /v1/audit-logs/verify</c>: whether the hash chain holds, and the first row where it breaks.</summary>
/// <param name="Reason"><c>none</c>, <c>hash_mismatch</c>, <c>prev_hash_mismatch</c> or <c>sequence_mismatch</c>.</param>
public sealed record AuditVerifyResponse(bool Valid, long RowsChecked, string? FirstBrokenId, long? FirstBrokenIndex, string Reason, string Summary);
