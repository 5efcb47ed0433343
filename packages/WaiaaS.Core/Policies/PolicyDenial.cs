using System.Text.Json.Nodes;
using WaiaaS.Core.Errors;

namespace WaiaaS.Core.Policies;

/// <summary>
/// Why a policy denied a transaction, in a form an agent can act on (SPEC §8): the policy (null for a deny-by-default
/// rule that no stored policy states), its type, a reason, and where they apply the limit, what is used, what remains
/// (decimal strings: counts, base units or USD), the seconds after which a retry can pass, and a hint.
/// </summary>
public sealed record PolicyDenial(string? PolicyId, PolicyType PolicyType, string Reason)
{
    /// <summary>The limit that was hit.</summary>
    public string? Limit { get; init; }

    /// <summary>How much of the limit is used (or what was asked for).</summary>
    public string? Used { get; init; }

    /// <summary>How much is left.</summary>
    public string? Remaining { get; init; }

    /// <summary>Seconds until the same request can pass, when time alone will fix it.</summary>
    public long? RetryAfter { get; init; }

    /// <summary>What to do about it.</summary>
    public string? Hint { get; init; }

    /// <summary>The error <c>details</c>: <c>{policyId, policyType, reason, limit?, used?, remaining?, retryAfter?, hint?}</c>.</summary>
    public JsonObject ToDetails()
    {
        var details = new JsonObject
        {
            ["policyId"] = PolicyId,
            ["policyType"] = PolicyType.ToWireName(),
            ["reason"] = Reason,
        };
        Add(details, "limit", Limit);
        Add(details, "used", Used);
        Add(details, "remaining", Remaining);
        if (RetryAfter is { } retryAfter)
        {
            details["retryAfter"] = retryAfter;
        }

        Add(details, "hint", Hint);
        return details;
    }

    /// <summary>The denial as a <c>403 POLICY_DENIED</c> failure with <see cref="ToDetails"/>.</summary>
    public Failure ToFailure() => new(ErrorCodes.PolicyDenied, Reason, ToDetails());

    private static void Add(JsonObject details, string name, string? value)
    {
        if (value is not null)
        {
            details[name] = value;
        }
    }
}
