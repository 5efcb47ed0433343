using System.Text.Json.Nodes;
using WaiaaS.Core.Errors;

namespace WaiaaS.Core.Sessions;

/// <summary>A request outside a session's constraints: which rule, its limit, what was asked, and what to do.</summary>
/// <param name="Rule"><c>allowed_networks</c>, <c>allowed_types</c>, <c>allowed_recipients</c> or <c>max_amount_per_tx</c>.</param>
/// <param name="Limit">The rule's value (a list joined with ", ", or an amount in base units).</param>
/// <param name="Actual">What the request asked for.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Hint">What the agent can do instead.</param>
public sealed record SessionConstraintViolation(string Rule, string Limit, string Actual, string Message, string Hint)
{
    /// <summary>The failure the pipeline returns: 403 <c>SESSION_CONSTRAINT_VIOLATED</c> with this hint and the details.</summary>
    public Failure ToFailure() => new(
        ErrorCodes.SessionConstraintViolated with { Hint = Hint },
        Message,
        new JsonObject { ["rule"] = Rule, ["limit"] = Limit, ["actual"] = Actual, ["hint"] = Hint });
}
