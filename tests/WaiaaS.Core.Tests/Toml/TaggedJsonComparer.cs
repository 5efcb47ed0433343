using System.Globalization;
using System.Text.Json.Nodes;
using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Tests.Toml;

/// <summary>
/// Compares toml-test tagged JSON semantically: floats numerically (inf/-inf/nan as strings), integers exactly,
/// date-times by value at the same precision, objects by key set, arrays in order.
/// </summary>
internal static class TaggedJsonComparer
{
    /// <summary>Returns null when equal, else a description of the first difference with its JSON path.</summary>
    public static string? Difference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected)
        {
            case JsonObject expectedObject when IsTaggedScalar(expectedObject):
                return actual is JsonObject actualObject && IsTaggedScalar(actualObject)
                    ? ScalarDifference(expectedObject, actualObject, path)
                    : $"{path}: expected a {expectedObject["type"]} scalar, got {Describe(actual)}";
            case JsonObject expectedObject:
                if (actual is not JsonObject actualTable || IsTaggedScalar(actualTable))
                {
                    return $"{path}: expected a table, got {Describe(actual)}";
                }

                var expectedKeys = expectedObject.Select(pair => pair.Key).Order(StringComparer.Ordinal).ToList();
                var actualKeys = actualTable.Select(pair => pair.Key).Order(StringComparer.Ordinal).ToList();
                if (!expectedKeys.SequenceEqual(actualKeys, StringComparer.Ordinal))
                {
                    return $"{path}: keys differ, expected [{string.Join(", ", expectedKeys)}], got [{string.Join(", ", actualKeys)}]";
                }

                return expectedKeys
                    .Select(key => Difference(expectedObject[key], actualTable[key], $"{path}.{key}"))
                    .FirstOrDefault(difference => difference is not null);
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray)
                {
                    return $"{path}: expected an array, got {Describe(actual)}";
                }

                if (expectedArray.Count != actualArray.Count)
                {
                    return $"{path}: expected {expectedArray.Count} items, got {actualArray.Count}";
                }

                return expectedArray
                    .Select((item, index) => Difference(item, actualArray[index], $"{path}[{index}]"))
                    .FirstOrDefault(difference => difference is not null);
            default:
                return $"{path}: unexpected JSON in the expected file: {Describe(expected)}";
        }
    }

    private static bool IsTaggedScalar(JsonObject node) =>
        node.Count == 2 && node["type"] is JsonValue && node["value"] is JsonValue;

    private static string Describe(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static string? ScalarDifference(JsonObject expected, JsonObject actual, string path)
    {
        var type = expected["type"]!.GetValue<string>();
        var actualType = actual["type"]!.GetValue<string>();
        var expectedText = expected["value"]!.GetValue<string>();
        var actualText = actual["value"]!.GetValue<string>();
        if (type != actualType)
        {
            return $"{path}: expected type {type}, got {actualType} ({actualText})";
        }

        var equal = type switch
        {
            "integer" => long.Parse(expectedText, CultureInfo.InvariantCulture) == long.Parse(actualText, CultureInfo.InvariantCulture),
            "float" => FloatsEqual(ParseFloat(expectedText), ParseFloat(actualText)),
            "datetime" or "datetime-local" or "date-local" or "time-local" => DateTimeKey(expectedText) == DateTimeKey(actualText),
            _ => expectedText == actualText,
        };
        return equal ? null : $"{path}: expected {type} '{expectedText}', got '{actualText}'";
    }

    private static double ParseFloat(string text) => text switch
    {
        "inf" or "+inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" or "+nan" or "-nan" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static bool FloatsEqual(double expected, double actual) =>
        (double.IsNaN(expected) && double.IsNaN(actual)) || expected == actual;

    /// <summary>A value key for a date-time text: components, fraction without trailing zeros, offset in minutes.</summary>
    private static string DateTimeKey(string text)
    {
        if (!TomlParser.TryParse("v = " + text, out var document, out _) || document["v"] is not TomlDateTime value)
        {
            return "unparseable:" + text;
        }

        return string.Join(
            '|',
            value.Kind,
            value.Year,
            value.Month,
            value.Day,
            value.Hour,
            value.Minute,
            value.Second,
            value.FractionDigits.TrimEnd('0'),
            value.OffsetMinutes);
    }
}
