using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using WaiaaS.Core.Errors;

namespace WaiaaS.Core.Policies.Rules;

/// <summary>
/// The strict validator of policy rules (docs/policies.md has every shape): snake_case keys, unknown keys and wrong
/// types rejected, base-unit amounts only as decimal strings. A failure is <c>VALIDATION_FAILED</c> whose message and
/// <c>details.field</c> name the offending path (e.g. <c>rules.instant_max.native</c>).
/// </summary>
public static class PolicyRulesParser
{
    private const int MaxSeconds = 30 * 86_400;
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    /// <summary>Validates <paramref name="rules"/> (a JSON object) for <paramref name="type"/>.</summary>
    /// <param name="type">The policy type.</param>
    /// <param name="rules">The rules object.</param>
    /// <param name="path">The path prefix used in messages.</param>
    public static Result<PolicyRules> Parse(PolicyType type, JsonElement rules, string path = "rules")
    {
        try
        {
            return type switch
            {
                PolicyType.SpendingLimit => SpendingLimit(new RulesObject(rules, path, "instant_max", "notify_max", "delay_max", "instant_max_usd", "notify_max_usd", "delay_max_usd", "delay_seconds", "daily_limit_usd", "monthly_limit_usd", "approval_timeout")),
                PolicyType.Whitelist => new WhitelistRules(Addresses(new RulesObject(rules, path, "allowed_addresses"), "allowed_addresses")),
                PolicyType.AllowedTokens => new AllowedTokensRules(Addresses(new RulesObject(rules, path, "tokens"), "tokens")),
                PolicyType.ContractWhitelist => new ContractWhitelistRules(Addresses(new RulesObject(rules, path, "contracts"), "contracts")),
                PolicyType.MethodWhitelist => MethodWhitelist(new RulesObject(rules, path, "methods")),
                PolicyType.ApprovedSpenders => new ApprovedSpendersRules(Addresses(new RulesObject(rules, path, "spenders"), "spenders")),
                PolicyType.ApproveAmountLimit => ApproveAmountLimit(new RulesObject(rules, path, "max_amount", "block_unlimited")),
                PolicyType.AllowedNetworks => AllowedNetworks(new RulesObject(rules, path, "networks")),
                PolicyType.TimeRestriction => TimeRestriction(new RulesObject(rules, path, "allowed_hours", "allowed_days")),
                PolicyType.RateLimit => RateLimit(new RulesObject(rules, path, "max_transactions", "window_seconds")),
                _ => throw new ArgumentOutOfRangeException(nameof(type)),
            };
        }
        catch (RulesValidationException e)
        {
            return new Failure(ErrorCodes.ValidationFailed, e.Message, new JsonObject { ["field"] = e.Field });
        }
    }

    /// <summary>Parses stored rules text (JSON) for <paramref name="type"/>; a malformed text is a validation failure.</summary>
    public static Result<PolicyRules> Parse(PolicyType type, string rulesJson)
    {
        try
        {
            using var document = JsonDocument.Parse(rulesJson);
            return Parse(type, document.RootElement);
        }
        catch (JsonException)
        {
            return new Failure(ErrorCodes.ValidationFailed, "rules: not valid JSON", new JsonObject { ["field"] = "rules" });
        }
    }

    private static SpendingLimitRules SpendingLimit(RulesObject o)
    {
        if (o.IsEmpty)
        {
            throw new RulesValidationException(o.Path, "must set at least one limit");
        }

        var rules = new SpendingLimitRules
        {
            InstantMax = o.AmountMap("instant_max", allowNative: true) ?? ImmutableDictionary<string, BigInteger>.Empty,
            NotifyMax = o.AmountMap("notify_max", allowNative: true) ?? ImmutableDictionary<string, BigInteger>.Empty,
            DelayMax = o.AmountMap("delay_max", allowNative: true) ?? ImmutableDictionary<string, BigInteger>.Empty,
            InstantMaxUsd = o.Usd("instant_max_usd"),
            NotifyMaxUsd = o.Usd("notify_max_usd"),
            DelayMaxUsd = o.Usd("delay_max_usd"),
            DelaySeconds = o.Int("delay_seconds", 0, MaxSeconds),
            DailyLimitUsd = o.Usd("daily_limit_usd"),
            MonthlyLimitUsd = o.Usd("monthly_limit_usd"),
            ApprovalTimeout = o.Int("approval_timeout", 60, MaxSeconds),
        };
        foreach (var asset in rules.InstantMax.Keys.Concat(rules.NotifyMax.Keys).Concat(rules.DelayMax.Keys).Distinct(AddressFormat.Comparer))
        {
            Ordered(o, asset, Lookup(rules.InstantMax, asset), Lookup(rules.NotifyMax, asset), Lookup(rules.DelayMax, asset));
        }

        Ordered(o, "usd", rules.InstantMaxUsd, rules.NotifyMaxUsd, rules.DelayMaxUsd);
        return rules;
    }

    private static MethodWhitelistRules MethodWhitelist(RulesObject o)
    {
        o.Require("methods");
        var entries = ImmutableArray.CreateBuilder<MethodWhitelistEntry>();
        foreach (var (item, path) in o.Array("methods"))
        {
            var entry = new RulesObject(item, path, "contract", "selectors");
            entry.Require("contract");
            var address = entry.String("contract", AddressFormat.Check)!;
            var selectors = entry.StringList("selectors", s => IsSelector(s) ? null : "must be a 4-byte selector: 0x + 8 hex digits");
            entries.Add(new MethodWhitelistEntry(address, selectors?.Select(s => s.ToLowerInvariant()).ToImmutableArray()));
        }

        return new MethodWhitelistRules(entries.ToImmutable());
    }

    private static ApproveAmountLimitRules ApproveAmountLimit(RulesObject o) => new()
    {
        MaxAmount = o.AmountMap("max_amount", allowNative: false) ?? ImmutableDictionary<string, BigInteger>.Empty,
        BlockUnlimited = o.Bool("block_unlimited") ?? true,
    };

    private static AllowedNetworksRules AllowedNetworks(RulesObject o)
    {
        o.Require("networks");
        return new AllowedNetworksRules(o.StringList("networks", n => n.Length is > 0 and <= 64 && n.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_')
            ? null
            : "must be a network id such as \"ethereum-sepolia\"")!.Value);
    }

    private static TimeRestrictionRules TimeRestriction(RulesObject o)
    {
        if (o.IsEmpty)
        {
            throw new RulesValidationException(o.Path, "must set allowed_hours, allowed_days or both");
        }

        ImmutableArray<HourWindow>? hours = null;
        if (o.Has("allowed_hours"))
        {
            var windows = ImmutableArray.CreateBuilder<HourWindow>();
            foreach (var (item, path) in o.Array("allowed_hours"))
            {
                var window = new RulesObject(item, path, "start", "end");
                window.Require("start");
                window.Require("end");
                var start = window.Int("start", 0, 23)!.Value;
                var end = window.Int("end", 1, 24)!.Value;
                windows.Add(start != end ? new HourWindow(start, end) : throw new RulesValidationException(path, "start and end must differ (use 0 and 24 for the whole day)"));
            }

            hours = windows.ToImmutable();
        }

        var days = o.StringList("allowed_days", d => Array.IndexOf(DayNames, d) >= 0 ? null : "must be one of " + string.Join(", ", DayNames));
        return new TimeRestrictionRules { AllowedHours = hours, AllowedDays = days?.Select(d => (DayOfWeek)Array.IndexOf(DayNames, d)).Distinct().ToImmutableArray() };
    }

    private static RateLimitRules RateLimit(RulesObject o)
    {
        o.Require("max_transactions");
        o.Require("window_seconds");
        return new RateLimitRules(o.Int("max_transactions", 1, 1_000_000)!.Value, o.Int("window_seconds", 1, MaxSeconds)!.Value);
    }

    private static ImmutableArray<string> Addresses(RulesObject o, string name)
    {
        o.Require(name);
        return o.StringList(name, AddressFormat.Check)!.Value;
    }

    private static bool IsSelector(string s) => s.Length == 10 && s.StartsWith("0x", StringComparison.Ordinal) && s[2..].All(char.IsAsciiHexDigit);

    private static T? Lookup<T>(ImmutableDictionary<string, T> map, string key)
        where T : struct => map.TryGetValue(key, out var value) ? value : null;

    private static void Ordered<T>(RulesObject o, string what, T? instant, T? notify, T? delay)
        where T : struct, IComparable<T>
    {
        T?[] chain = [instant, notify, delay];
        var set = chain.Where(v => v is not null).Select(v => v!.Value).ToList();
        for (var i = 1; i < set.Count; i++)
        {
            if (set[i].CompareTo(set[i - 1]) < 0)
            {
                throw new RulesValidationException(o.Path, $"thresholds for {what} must not decrease: instant ≤ notify ≤ delay");
            }
        }
    }
}
