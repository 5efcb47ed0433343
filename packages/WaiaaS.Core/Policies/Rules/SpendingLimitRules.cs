using System.Collections.Immutable;
using System.Numerics;

namespace WaiaaS.Core.Policies.Rules;

/// <summary>
/// <c>SPENDING_LIMIT</c>: per-transaction tier thresholds per asset (base units; key <c>native</c> or the token address)
/// and in USD, cumulative USD limits over rolling windows, and the DELAY/APPROVAL timings. Every field is optional.
/// </summary>
public sealed record SpendingLimitRules : PolicyRules
{
    /// <inheritdoc />
    public override PolicyType Type => PolicyType.SpendingLimit;

    /// <summary>Largest INSTANT amount per asset key (<c>instant_max</c>).</summary>
    public ImmutableDictionary<string, BigInteger> InstantMax { get; init; } = ImmutableDictionary<string, BigInteger>.Empty;

    /// <summary>Largest NOTIFY amount per asset key (<c>notify_max</c>).</summary>
    public ImmutableDictionary<string, BigInteger> NotifyMax { get; init; } = ImmutableDictionary<string, BigInteger>.Empty;

    /// <summary>Largest DELAY amount per asset key (<c>delay_max</c>); above it the tier is APPROVAL.</summary>
    public ImmutableDictionary<string, BigInteger> DelayMax { get; init; } = ImmutableDictionary<string, BigInteger>.Empty;

    /// <summary>Largest INSTANT value in USD (<c>instant_max_usd</c>).</summary>
    public decimal? InstantMaxUsd { get; init; }

    /// <summary>Largest NOTIFY value in USD (<c>notify_max_usd</c>).</summary>
    public decimal? NotifyMaxUsd { get; init; }

    /// <summary>Largest DELAY value in USD (<c>delay_max_usd</c>); above it the tier is APPROVAL.</summary>
    public decimal? DelayMaxUsd { get; init; }

    /// <summary>Seconds a DELAY transaction waits (<c>delay_seconds</c>); null = <c>[security] delay_seconds</c>.</summary>
    public int? DelaySeconds { get; init; }

    /// <summary>USD allowed over the last 24 hours before transactions need APPROVAL (<c>daily_limit_usd</c>).</summary>
    public decimal? DailyLimitUsd { get; init; }

    /// <summary>USD allowed over the last 30 days before transactions need APPROVAL (<c>monthly_limit_usd</c>).</summary>
    public decimal? MonthlyLimitUsd { get; init; }

    /// <summary>Seconds an APPROVAL waits for the owner (<c>approval_timeout</c>); null = <c>[security] approval_timeout</c>.</summary>
    public int? ApprovalTimeout { get; init; }

    /// <summary>Whether any USD rule (per-transaction or cumulative) is set.</summary>
    public bool HasUsdRule =>
        InstantMaxUsd is not null || NotifyMaxUsd is not null || DelayMaxUsd is not null || DailyLimitUsd is not null || MonthlyLimitUsd is not null;
}
