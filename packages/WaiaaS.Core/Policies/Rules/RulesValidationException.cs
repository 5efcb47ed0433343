namespace WaiaaS.Core.Policies.Rules;

// Carries the first validation error out of the nested readers; caught in PolicyRulesParser and never escapes it.
internal sealed class RulesValidationException(string field, string reason) : Exception(field + ": " + reason)
{
    public string Field { get; } = field;
}
