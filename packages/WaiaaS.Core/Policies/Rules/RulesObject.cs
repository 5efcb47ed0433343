using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace WaiaaS.Core.Policies.Rules;

// A strict view of one JSON object of policy rules: every key must be known and appear once; each reader names the
// full field path (rules.instant_max.native) in its error.
internal sealed class RulesObject
{
    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);

    public RulesObject(JsonElement element, string path, params string[] known)
    {
        Path = path;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new RulesValidationException(path, "must be a JSON object");
        }

        foreach (var property in element.EnumerateObject())
        {
            var field = path + "." + property.Name;
            if (System.Array.IndexOf(known, property.Name) < 0)
            {
                throw new RulesValidationException(field, "unknown field; allowed: " + string.Join(", ", known));
            }

            if (!_fields.TryAdd(property.Name, property.Value))
            {
                throw new RulesValidationException(field, "appears more than once");
            }
        }
    }

    public string Path { get; }

    public bool IsEmpty => _fields.Count == 0;

    public bool Has(string name) => _fields.ContainsKey(name);

    public int? Int(string name, int min, int max)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            throw new RulesValidationException(Field(name), "must be a whole number");
        }

        return number >= min && number <= max
            ? number
            : throw new RulesValidationException(Field(name), $"must be between {min} and {max}");
    }

    public bool? Bool(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new RulesValidationException(Field(name), "must be true or false"),
        };
    }

    // USD values: a JSON number or a decimal string, ≥ 0 (not amounts of an asset, so numbers are accepted).
    public decimal? Usd(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        var number = -1m;
        var ok = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDecimal(out number),
            JsonValueKind.String => decimal.TryParse(value.GetString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
        return ok && number >= 0 ? number : throw new RulesValidationException(Field(name), "must be a non-negative USD value (a number or a decimal string such as \"12.50\")");
    }

    // Base-unit amounts per asset key: {"native": "1000", "<token address>": "5000000"}; values are digit strings.
    public ImmutableDictionary<string, BigInteger>? AmountMap(string name, bool allowNative)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        var path = Field(name);
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new RulesValidationException(path, "must be an object of base-unit amounts per asset, e.g. {\"native\": \"1000000000\"}");
        }

        var builder = ImmutableDictionary.CreateBuilder<string, BigInteger>(AddressFormat.Comparer);
        foreach (var entry in value.EnumerateObject())
        {
            var entryPath = path + "." + entry.Name;
            var isNative = entry.Name == AddressFormat.NativeAsset;
            if ((isNative && !allowNative) || (!isNative && !AddressFormat.IsAddress(entry.Name)))
            {
                throw new RulesValidationException(entryPath, allowNative ? "key must be \"native\" or a token address" : "key must be a token address");
            }

            if (!builder.TryAdd(entry.Name, BaseUnits(entry.Value, entryPath)))
            {
                throw new RulesValidationException(entryPath, "appears more than once");
            }
        }

        return builder.ToImmutable();
    }

    public string? String(string name, Func<string, string?> check)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new RulesValidationException(Field(name), "must be a string");
        var error = check(text);
        return error is null ? text : throw new RulesValidationException(Field(name), error);
    }

    public ImmutableArray<string>? StringList(string name, Func<string, string?> check, bool allowEmpty = false)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        var path = Field(name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new RulesValidationException(path, "must be an array of strings");
        }

        if (value.GetArrayLength() == 0 && !allowEmpty)
        {
            throw new RulesValidationException(path, "must not be empty");
        }

        var items = ImmutableArray.CreateBuilder<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()! : throw new RulesValidationException(itemPath, "must be a string");
            var error = check(text);
            if (error is not null)
            {
                throw new RulesValidationException(itemPath, error);
            }

            items.Add(text);
        }

        return items.ToImmutable();
    }

    public IEnumerable<(JsonElement Item, string Path)> Array(string name)
    {
        if (!TryGet(name, out var value))
        {
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw new RulesValidationException(Field(name), "must be a non-empty array");
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, $"{Field(name)}[{index++}]");
        }
    }

    public void Require(string name)
    {
        if (!Has(name))
        {
            throw new RulesValidationException(Field(name), "is required");
        }
    }

    public string Field(string name) => Path + "." + name;

    private bool TryGet(string name, out JsonElement value) => _fields.TryGetValue(name, out value);

    internal static BigInteger BaseUnits(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            throw new RulesValidationException(path, "amounts are decimal strings of base units; JSON numbers are rejected (write \"1000000\", not 1000000)");
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
        if (text.Length is 0 or > 78 || !text.All(char.IsAsciiDigit) || (text.Length > 1 && text[0] == '0'))
        {
            throw new RulesValidationException(path, "must be a string of base units: digits only, no sign, decimal point or leading zero");
        }

        return BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
