namespace WaiaaS.Daemon.Audit;

/// <summary>The result of <see cref="AuditChainVerifier.VerifyAsync"/>.</summary>
/// <param name="Valid">True when every row checked out.</param>
/// <param name="RowsChecked">Rows read (up to and including the first broken one).</param>
/// <param name="FirstBrokenId">Id of the first broken row, or null.</param>
/// <param name="FirstBrokenIndex">0-based position of the first broken row in chain order (by seq), or null.</param>
/// <param name="Reason">Why that row is broken.</param>
public sealed record AuditChainVerification(bool Valid, long RowsChecked, string? FirstBrokenId, long? FirstBrokenIndex, AuditChainBreak Reason)
{
    /// <summary>A human-readable summary.</summary>
    public string Describe() => Valid
        ? $"audit chain intact ({RowsChecked} rows)"
        : $"audit chain broken at row {FirstBrokenIndex} (id {FirstBrokenId}): {Reason}";
}
