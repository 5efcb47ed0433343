using System.Collections.Immutable;

namespace WaiaaS.Core.Policies.Rules;

/// <summary>
/// <c>TIME_RESTRICTION</c>: the local hours (<c>allowed_hours</c>) and week days (<c>allowed_days</c>) in which
/// transactions are allowed, read in the operator's time zone (<c>[security] time_zone</c>). At least one is set.
/// </summary>
public sealed record TimeRestrictionRules : PolicyRules
{
    /// <inheritdoc />
    public override PolicyType Type => PolicyType.TimeRestriction;

    /// <summary>The allowed hour windows; null = every hour.</summary>
    public ImmutableArray<HourWindow>? AllowedHours { get; init; }

    /// <summary>The allowed days; null = every day.</summary>
    public ImmutableArray<DayOfWeek>? AllowedDays { get; init; }

    /// <summary>Whether a local time is allowed: its day is allowed and its hour falls in an allowed window.</summary>
    public bool Allows(DateTime local)
    {
        if (AllowedDays is { } days && !days.Contains(local.DayOfWeek))
        {
            return false;
        }

        return AllowedHours is not { } hours || hours.Any(h => h.Contains(local.TimeOfDay));
    }
}
