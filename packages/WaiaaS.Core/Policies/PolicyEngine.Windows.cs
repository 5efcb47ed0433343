using System.Globalization;
using WaiaaS.Core.Policies.Rules;

namespace WaiaaS.Core.Policies;

/// <summary>The time-based deny rules of <see cref="PolicyEngine"/>: TIME_RESTRICTION and RATE_LIMIT.</summary>
public static partial class PolicyEngine
{
    // Every time zone offset in use is a multiple of 15 minutes, so local hours start on a 15-minute UTC boundary.
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan SearchLimit = TimeSpan.FromDays(8);

    private static PolicyDenial? Time(PolicyEvaluationInput input, PolicyCandidate? policy)
    {
        if (policy?.Rules is not TimeRestrictionRules rules)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(input.Now, input.TimeZone);
        if (rules.Allows(local.DateTime))
        {
            return null;
        }

        var next = NextAllowed(input.Now, input.TimeZone, rules);
        return new PolicyDenial(policy.Id, PolicyType.TimeRestriction,
            string.Create(CultureInfo.InvariantCulture, $"Transactions are not allowed at this time ({local:ddd HH:mm} {input.TimeZone.Id})."))
        {
            RetryAfter = next is { } at ? Seconds(at - input.Now) : null,
            Hint = next is null ? "The policy allows no time; ask the operator to change it." : "Retry after retryAfter seconds, when the allowed hours begin.",
        };
    }

    private static DateTimeOffset? NextAllowed(DateTimeOffset now, TimeZoneInfo zone, TimeRestrictionRules rules)
    {
        var ticks = now.UtcTicks - (now.UtcTicks % Step.Ticks);
        for (var at = new DateTimeOffset(ticks, TimeSpan.Zero) + Step; at - now <= SearchLimit; at += Step)
        {
            if (rules.Allows(TimeZoneInfo.ConvertTime(at, zone).DateTime))
            {
                return at;
            }
        }

        return null;
    }

    private static PolicyDenial? Rate(PolicyEvaluationInput input, PolicyCandidate? policy)
    {
        if (policy?.Rules is not RateLimitRules rules)
        {
            return null;
        }

        var since = input.Now - TimeSpan.FromSeconds(rules.WindowSeconds);
        var count = input.Usage.TransactionCount(since);
        if (count < rules.MaxTransactions)
        {
            return null;
        }

        // When the oldest counted transaction leaves the window one slot frees up (if the limit was lowered below the
        // count, more must leave: the retry then gets a new, later retryAfter).
        var oldest = input.Usage.OldestCountedSince(since) ?? input.Now;
        return new PolicyDenial(policy.Id, PolicyType.RateLimit,
            string.Create(CultureInfo.InvariantCulture, $"At most {rules.MaxTransactions} transactions per {rules.WindowSeconds} seconds."))
        {
            Limit = rules.MaxTransactions.ToString(CultureInfo.InvariantCulture),
            Used = count.ToString(CultureInfo.InvariantCulture),
            Remaining = "0",
            RetryAfter = Seconds(oldest + TimeSpan.FromSeconds(rules.WindowSeconds) - input.Now),
            Hint = "Retry after retryAfter seconds.",
        };
    }

    private static long Seconds(TimeSpan span) => Math.Max(1, (long)Math.Ceiling(span.TotalSeconds));
}
