namespace WaiaaS.Core.Policies;

/// <summary>Everything <see cref="PolicyEngine.Evaluate"/> judges: the request, the policies, the clock and the ledger.</summary>
public sealed record PolicyEvaluationInput
{
    /// <summary>The normalized request.</summary>
    public required TransactionIntent Intent { get; init; }

    /// <summary>Candidate policies (any scope; the engine drops those for other wallets or networks and disabled ones).</summary>
    public required IReadOnlyList<PolicyCandidate> Policies { get; init; }

    /// <summary>The evaluation time.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The time zone in which TIME_RESTRICTION reads hours and days (<c>[security] time_zone</c>).</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Whether the wallet's owner is verified (owner_state LOCKED); without one, APPROVAL becomes DELAY.</summary>
    public required bool HasVerifiedOwner { get; init; }

    /// <summary>The operator's defaults.</summary>
    public required PolicyDefaults Defaults { get; init; }

    /// <summary>The reservation ledger of this wallet.</summary>
    public required IPolicyUsage Usage { get; init; }
}
