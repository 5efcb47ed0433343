using System.Collections.Immutable;

namespace WaiaaS.Core.Configuration;

/// <summary>
/// Constraints that narrow what a session may do. An empty list or map means "not constrained by this rule".
/// </summary>
public sealed record SessionConstraintSettings
{
    /// <summary>Network ids the session may use.</summary>
    public ImmutableArray<string> AllowedNetworks { get; init; } = [];

    /// <summary>Transaction types the session may request (TRANSFER, TOKEN_TRANSFER, CONTRACT_CALL, APPROVE).</summary>
    public ImmutableArray<string> AllowedTypes { get; init; } = [];

    /// <summary>Largest amount per transaction, in base units (decimal string), by asset ("native" or a token address).</summary>
    public ImmutableDictionary<string, string> MaxAmountPerTx { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Recipient addresses the session may send to.</summary>
    public ImmutableArray<string> AllowedRecipients { get; init; } = [];

    /// <summary>Structural equality (the collections compare by content).</summary>
    public bool Equals(SessionConstraintSettings? other) =>
        other is not null
        && AllowedNetworks.SequenceEqual(other.AllowedNetworks)
        && AllowedTypes.SequenceEqual(other.AllowedTypes)
        && AllowedRecipients.SequenceEqual(other.AllowedRecipients)
        && MaxAmountPerTx.Count == other.MaxAmountPerTx.Count
        && MaxAmountPerTx.All(kv => other.MaxAmountPerTx.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AllowedNetworks.Length, AllowedTypes.Length, MaxAmountPerTx.Count);
}
