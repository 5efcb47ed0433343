using System.Text.Json;
using System.Text.RegularExpressions;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Policies.Rules;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Core.Tests.Policies;

// docs/policies.md documents one rules example per type; each must pass the validator, and every type must have one.
public partial class PolicyDocumentationTests
{
    [Fact]
    public void EveryTypeHasADocumentedExample_ThatTheValidatorAccepts()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "policies.md"));
        var examples = Section().Matches(text).ToDictionary(m => m.Groups["type"].Value, m => m.Groups["json"].Value);

        foreach (var type in Enum.GetValues<PolicyType>())
        {
            Assert.True(examples.TryGetValue(type.ToWireName(), out var json), $"docs/policies.md has no example for {type.ToWireName()}");
            using var document = JsonDocument.Parse(json);
            var parsed = PolicyRulesParser.Parse(type, document.RootElement);
            Assert.True(parsed.Succeeded, $"{type.ToWireName()}: {parsed.Failure?.Message}");
        }
    }

    [GeneratedRegex(@"^### `(?<type>[A-Z_]+)`\s+```json\s+(?<json>.*?)```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Section();
}
