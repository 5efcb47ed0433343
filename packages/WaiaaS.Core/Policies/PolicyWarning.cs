namespace WaiaaS.Core.Policies;

/// <summary>
/// Something the owner should hear about even though the transaction may proceed. <see cref="Limit"/> and
/// <see cref="Used"/> are USD values (including this transaction) for the cumulative kinds.
/// </summary>
public sealed record PolicyWarning(PolicyWarningKind Kind, string? PolicyId, string Message)
{
    /// <summary>The limit concerned, if any.</summary>
    public decimal? Limit { get; init; }

    /// <summary>How much of it is used with this transaction, if known.</summary>
    public decimal? Used { get; init; }
}
