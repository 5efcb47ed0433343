namespace WaiaaS.Core.Errors;

/// <summary>Error codes of the policy engine and policy management (SPEC §8).</summary>
public static partial class ErrorCodes
{
    /// <summary>A policy denied the transaction; <c>details</c> say which, why, and what to do (docs/policies.md).</summary>
    public static readonly ErrorCode PolicyDenied = new("POLICY_DENIED", 403, "A policy denied the transaction.", "Read details: policyType and reason say which rule, hint what to change, retryAfter when to try again.", false);

    /// <summary>The policy does not exist.</summary>
    public static readonly ErrorCode PolicyNotFound = new("POLICY_NOT_FOUND", 404, "The policy does not exist.", "List policies with GET /v1/policies.", false);

    /// <summary>The policy codes, for documentation and the SDK (not in <see cref="All"/>, which another area owns).</summary>
    public static IReadOnlyList<ErrorCode> PolicyCodes { get; } = [PolicyDenied, PolicyNotFound];
}
