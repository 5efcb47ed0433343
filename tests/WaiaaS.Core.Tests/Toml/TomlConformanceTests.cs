using System.Globalization;
using System.Text.Json.Nodes;
using TomlTestDecoder;
using WaiaaS.Core.Toml;
using Xunit.Abstractions;

namespace WaiaaS.Core.Tests.Toml;

/// <summary>The toml-test cases for TOML 1.0.0 (../shared/toml-test): every valid case decodes to the expected JSON, every invalid case is rejected with a position.</summary>
public sealed class TomlConformanceTests(ITestOutputHelper output)
{
    [TomlTestSuiteFact]
    public void Valid_cases_decode_to_the_expected_tagged_json()
    {
        RequireSuite();
        var cases = TomlTestSuite.Cases("valid");
        var failures = new List<string>();
        foreach (var testCase in cases)
        {
            var failure = CheckValidCase(testCase);
            if (failure is not null)
            {
                failures.Add($"{testCase}: {failure}");
            }
        }

        Report("toml-test valid", cases.Count - failures.Count, cases.Count);
        Assert.True(failures.Count == 0, $"{failures.Count} valid case(s) failed:\n" + string.Join('\n', failures));
    }

    [TomlTestSuiteFact]
    public void Invalid_cases_are_rejected_with_a_position()
    {
        RequireSuite();
        var cases = TomlTestSuite.Cases("invalid");
        var failures = new List<string>();
        foreach (var testCase in cases)
        {
            var failure = CheckInvalidCase(testCase);
            if (failure is not null)
            {
                failures.Add($"{testCase}: {failure}");
            }
        }

        Report("toml-test invalid", cases.Count - failures.Count, cases.Count);
        Assert.True(failures.Count == 0, $"{failures.Count} invalid case(s) failed:\n" + string.Join('\n', failures));
    }

    private static void RequireSuite()
    {
        if (TomlTestSuite.Directory is null)
        {
            Assert.Fail($"CI=true but the toml-test folder is missing at {TomlTestSuite.ConfiguredDirectory} (set TOML_TEST_DIR)");
        }
    }

    private static string? CheckValidCase(string testCase)
    {
        var bytes = File.ReadAllBytes(TomlTestSuite.FullPath(testCase));
        var outcome = BoundedRun.Run(() => Decode(bytes), BoundedRun.DefaultLimit);
        if (outcome.TimedOut)
        {
            return $"timed out after {BoundedRun.DefaultLimit.TotalSeconds} s";
        }

        if (outcome.Failure is not null)
        {
            return $"threw {outcome.Failure.GetType().Name}: {outcome.Failure.Message}";
        }

        var (actualJson, error) = outcome.Result;
        if (error is not null)
        {
            return $"rejected: {error}";
        }

        var expectedPath = Path.ChangeExtension(TomlTestSuite.FullPath(testCase), ".json");
        var expected = JsonNode.Parse(File.ReadAllText(expectedPath));
        return TaggedJsonComparer.Difference(expected, JsonNode.Parse(actualJson!));
    }

    private static (string? Json, TomlError? Error) Decode(byte[] bytes) =>
        TomlParser.TryParse(bytes, out var document, out var error)
            ? (TaggedJsonEncoder.Encode(document), null)
            : (null, error);

    private static string? CheckInvalidCase(string testCase)
    {
        var bytes = File.ReadAllBytes(TomlTestSuite.FullPath(testCase));
        var outcome = BoundedRun.Run(
            () => TomlParser.TryParse(bytes, out _, out var error) ? null : error,
            BoundedRun.DefaultLimit);
        if (outcome.TimedOut)
        {
            return $"timed out after {BoundedRun.DefaultLimit.TotalSeconds} s";
        }

        if (outcome.Failure is not null)
        {
            return $"threw {outcome.Failure.GetType().Name}: {outcome.Failure.Message}";
        }

        var rejection = outcome.Result;
        if (rejection is null)
        {
            return "accepted (should be rejected)";
        }

        return rejection.Line >= 1 && rejection.Column >= 1 ? null : $"error without a valid position: {rejection}";
    }

    private void Report(string label, int passed, int total)
    {
        var percent = total == 0 ? 0 : 100.0 * passed / total;
        var line = string.Create(CultureInfo.InvariantCulture, $"{label}: {passed}/{total} ({percent:F1}%)");
        output.WriteLine(line);
        TomlTestSuite.RecordFigure(label + ":", line);
    }
}
