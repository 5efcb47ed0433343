using System.Globalization;
using System.Text.Json;
using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration;

/// <summary>
/// Applies <c>WAIAAS_&lt;SECTION&gt;_&lt;KEY&gt;</c> variables. Values are coerced to the key's type; arrays and tables are JSON.
/// A variable that names a known section but no key of it is an error; other WAIAAS_* variables
/// (WAIAAS_DATA_DIR, WAIAAS_MASTER_PASSWORD, …) are not configuration keys and are left alone.
/// </summary>
internal static class EnvironmentConfigBinder
{
    private const string Prefix = "WAIAAS_";
    private static readonly Dictionary<string, ConfigKey> KeysByVariable =
        ConfigSchema.AllKeys.ToDictionary(k => k.EnvironmentVariable, StringComparer.Ordinal);

    public static WaiaasConfig Apply(WaiaasConfig config, IReadOnlyDictionary<string, string> environment, List<ConfigError> errors)
    {
        foreach (var (variable, raw) in environment.Where(e => e.Key.StartsWith(Prefix, StringComparison.Ordinal)).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var source = "environment variable " + variable;
            if (!KeysByVariable.TryGetValue(variable, out var key))
            {
                ReportIfSectionVariable(variable, source, errors);
                continue;
            }

            if (!TryConvert(key.Shape, raw, out var value, out var conversionError))
            {
                errors.Add(new ConfigError(key.FullName, source, null, null, conversionError));
            }
            else if (key.TryApply(config, value, out var updated, out var error))
            {
                config = updated;
            }
            else
            {
                errors.Add(new ConfigError(key.FullName, source, null, null, error!));
            }
        }

        return config;
    }

    private static void ReportIfSectionVariable(string variable, string source, List<ConfigError> errors)
    {
        var section = ConfigSchema.Sections.FirstOrDefault(s => variable.StartsWith(Prefix + s.Name.ToUpperInvariant() + "_", StringComparison.Ordinal));
        if (section is null)
        {
            return;
        }

        var keyName = variable[(Prefix.Length + section.Name.Length + 1)..].ToLowerInvariant();
        if (section.Name == "rpc" && keyName.StartsWith(ConfigSchema.CustomNetworksKey + "_", StringComparison.Ordinal))
        {
            errors.Add(new ConfigError($"rpc.{keyName}", source, null, null, "custom networks can only be defined in config.toml ([rpc.custom.<name>])"));
            return;
        }

        var known = section.Keys.Select(k => k.EnvironmentVariable).ToList();
        errors.Add(new ConfigError($"{section.Name}.{keyName}", source, null, null,
            $"unknown key{NameSuggestions.DidYouMean(variable, known)} (known keys of [{section.Name}]: {string.Join(", ", section.Keys.Select(k => k.Name))})"));
    }

    private static bool TryConvert(ConfigValueShape shape, string raw, out TomlValue value, out string error)
    {
        error = "";
        switch (shape)
        {
            case ConfigValueShape.WholeNumber when long.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                value = new TomlInteger(number);
                return true;
            case ConfigValueShape.WholeNumber:
                value = new TomlString(raw);
                error = $"expected an integer, got \"{raw}\"";
                return false;
            case ConfigValueShape.TrueOrFalse:
                return TryBoolean(raw.Trim().ToLowerInvariant(), out value, out error);
            case ConfigValueShape.Json:
                return TryJson(raw, out value, out error);
            default:
                value = new TomlString(raw);
                return true;
        }
    }

    private static bool TryBoolean(string text, out TomlValue value, out string error)
    {
        var known = text is "true" or "1" or "false" or "0";
        value = new TomlBoolean(text is "true" or "1");
        error = known ? "" : "expected true or false (or 1 or 0)";
        return known;
    }

    private static bool TryJson(string raw, out TomlValue value, out string error)
    {
        value = new TomlString(raw);
        try
        {
            using var json = JsonDocument.Parse(raw);
            return TryFromJson(json.RootElement, out value, out error);
        }
        catch (JsonException e)
        {
            error = "expected JSON (an array like [\"a\", \"b\"] or an object like {\"k\": 1}): " + e.Message;
            return false;
        }
    }

    private static bool TryFromJson(JsonElement element, out TomlValue value, out string error)
    {
        error = "";
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                value = new TomlString(element.GetString()!);
                return true;
            case JsonValueKind.True or JsonValueKind.False:
                value = new TomlBoolean(element.GetBoolean());
                return true;
            case JsonValueKind.Number:
                value = element.TryGetInt64(out var integer) ? new TomlInteger(integer) : new TomlFloat(element.GetDouble());
                return true;
            case JsonValueKind.Array:
                var array = new TomlArray();
                foreach (var item in element.EnumerateArray())
                {
                    if (!TryFromJson(item, out var converted, out error))
                    {
                        value = array;
                        return false;
                    }

                    array.Add(converted);
                }

                value = array;
                return true;
            case JsonValueKind.Object:
                var table = new TomlTable(isInline: true);
                foreach (var property in element.EnumerateObject())
                {
                    if (table.TryGetValue(property.Name, out _))
                    {
                        value = table;
                        error = $"JSON object names \"{property.Name}\" twice";
                        return false;
                    }

                    if (!TryFromJson(property.Value, out var converted, out error))
                    {
                        value = table;
                        return false;
                    }

                    table.Add(property.Name, converted);
                }

                value = table;
                return true;
            default:
                value = new TomlString("");
                error = "JSON null is not a value";
                return false;
        }
    }
}
