using WaiaaS.Core.Configuration;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Core.Tests;

public sealed class ConfigurationDocumentationTests
{
    [Fact]
    public void ConfigurationDoc_ListsEverySectionAndKeyOfTheSchema()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "configuration.md"));

        var missing = ConfigSchema.Sections
            .SelectMany(section => section.Keys.Select(key => (Section: section.Name, Key: key.Name)))
            .Where(entry => !SectionText(doc, entry.Section).Contains($"| `{entry.Key}` |", StringComparison.Ordinal))
            .Select(entry => $"{entry.Section}.{entry.Key}")
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void ConfigurationDoc_NamesEverySecretKeyAsSecret()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "configuration.md"));
        var secretsLine = doc[doc.IndexOf("Secrets:", StringComparison.Ordinal)..];
        secretsLine = secretsLine[..secretsLine.IndexOf("\n\n", StringComparison.Ordinal)];

        foreach (var key in ConfigSchema.AllKeys.Where(k => k.IsSecret))
        {
            Assert.Contains($"`{key.FullName}`", secretsLine);
        }
    }

    private static string SectionText(string doc, string section)
    {
        var start = doc.IndexOf($"### `[{section}]`", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/configuration.md has no heading for [{section}]");
        var end = doc.IndexOf("### ", start + 4, StringComparison.Ordinal);
        return end < 0 ? doc[start..] : doc[start..end];
    }
}
