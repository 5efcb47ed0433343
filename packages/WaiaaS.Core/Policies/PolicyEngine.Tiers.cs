using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using WaiaaS.Core.Policies.Rules;
using WaiaaS.Core.Transactions;

namespace WaiaaS.Core.Policies;

/// <summary>Tier computation of <see cref="PolicyEngine"/>.</summary>
public static partial class PolicyEngine
{
    /// <summary>Share of a cumulative limit from which a warning is attached.</summary>
    public const decimal WarningShare = 0.8m;

    /// <summary>The rolling window of <c>daily_limit_usd</c>.</summary>
    public static readonly TimeSpan DailyWindow = TimeSpan.FromHours(24);

    /// <summary>The rolling window of <c>monthly_limit_usd</c>.</summary>
    public static readonly TimeSpan MonthlyWindow = TimeSpan.FromDays(30);

    private static PolicyTier Tier(PolicyEvaluationInput input, PolicyCandidate policy, SpendingLimitRules rules, List<PolicyWarning> warnings)
    {
        var intent = input.Intent;
        var usd = UsdValue(intent);
        var tier = AmountTier(intent.Amount, Find(rules.InstantMax, intent.AssetKey), Find(rules.NotifyMax, intent.AssetKey), Find(rules.DelayMax, intent.AssetKey));
        if (rules.HasUsdRule && usd is null)
        {
            tier = Max(tier, input.Defaults.UnknownPriceTier);
            warnings.Add(new PolicyWarning(PolicyWarningKind.UnknownPrice, policy.Id,
                $"No USD price is known for {intent.Symbol ?? intent.AssetKey}; the transaction gets at least {input.Defaults.UnknownPriceTier.ToWireName()}."));
        }

        if (usd is { } value && (rules.InstantMaxUsd ?? rules.NotifyMaxUsd ?? rules.DelayMaxUsd) is not null)
        {
            tier = Max(tier, UsdTier(value, rules.InstantMaxUsd, rules.NotifyMaxUsd, rules.DelayMaxUsd));
        }

        tier = Max(tier, Cumulative(input, policy, rules.DailyLimitUsd, DailyWindow, "daily", usd, warnings));
        return Max(tier, Cumulative(input, policy, rules.MonthlyLimitUsd, MonthlyWindow, "monthly", usd, warnings));
    }

    private static PolicyTier Cumulative(PolicyEvaluationInput input, PolicyCandidate policy, decimal? limit, TimeSpan window, string name, decimal? usd, List<PolicyWarning> warnings)
    {
        if (limit is not { } max)
        {
            return PolicyTier.Instant;
        }

        var used = input.Usage.SpentUsd(input.Now - window) + (usd ?? 0m);
        var text = string.Create(CultureInfo.InvariantCulture, $"{used:0.##} of the {name} limit of {max:0.##} USD");
        if (used > max)
        {
            warnings.Add(new PolicyWarning(PolicyWarningKind.CumulativeLimitExceeded, policy.Id, $"This transaction would bring the wallet to {text}; it needs approval.") { Limit = max, Used = used });
            return PolicyTier.Approval;
        }

        if (used >= max * WarningShare)
        {
            warnings.Add(new PolicyWarning(PolicyWarningKind.CumulativeLimitNearlyReached, policy.Id, $"The wallet has used {text}.") { Limit = max, Used = used });
        }

        // The unknown-price floor was already applied for any USD rule; nothing more to add here.
        return PolicyTier.Instant;
    }

    // The first band whose (set) maximum holds the amount; above every set maximum → APPROVAL; no maximum set → INSTANT.
    private static PolicyTier AmountTier(BigInteger amount, BigInteger? instant, BigInteger? notify, BigInteger? delay) =>
        instant is null && notify is null && delay is null ? PolicyTier.Instant
        : amount <= instant ? PolicyTier.Instant
        : amount <= notify ? PolicyTier.Notify
        : amount <= delay ? PolicyTier.Delay
        : PolicyTier.Approval;

    private static PolicyTier UsdTier(decimal value, decimal? instant, decimal? notify, decimal? delay) =>
        value <= instant ? PolicyTier.Instant
        : value <= notify ? PolicyTier.Notify
        : value <= delay ? PolicyTier.Delay
        : PolicyTier.Approval;

    private static BigInteger? Find(ImmutableDictionary<string, BigInteger> map, string asset) =>
        map.TryGetValue(asset, out var value) ? value : null;
}
