using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Transactions;

namespace WaiaaS.Core.Sessions;

/// <summary>
/// Session constraints as JSON (the API's <c>constraints</c>, <c>sessions.constraints</c> and
/// <c>wallets.default_constraints</c>): <c>{allowedNetworks: [..], allowedTypes: [..], maxAmountPerTx: {native: "…"},
/// allowedRecipients: [..]}</c>. Unknown keys are refused; amounts are strings of decimal digits in base units.
/// </summary>
public static class SessionConstraintJson
{
    private const int MaxItems = 256;

    /// <summary>Reads constraints from a JSON object.</summary>
    public static Result<SessionConstraintSettings> Parse(JsonObject? json)
    {
        var value = new SessionConstraintSettings();
        if (json is null)
        {
            return value;
        }

        foreach (var (key, node) in json)
        {
            var problem = key switch
            {
                "allowedNetworks" => Strings(key, node, IsNetworkId, out var networks) ?? Set(ref value, value with { AllowedNetworks = networks }),
                "allowedTypes" => Strings(key, node, IsTransactionType, out var types) ?? Set(ref value, value with { AllowedTypes = types }),
                "allowedRecipients" => Strings(key, node, r => r.Length is > 0 and <= 128 && r.Trim() == r, out var recipients) ?? Set(ref value, value with { AllowedRecipients = recipients }),
                "maxAmountPerTx" => Amounts(node, out var amounts) ?? Set(ref value, value with { MaxAmountPerTx = amounts }),
                _ => $"unknown constraint '{key}' (known: allowedNetworks, allowedTypes, maxAmountPerTx, allowedRecipients)",
            };
            if (problem is not null)
            {
                return new Failure(ErrorCodes.ValidationFailed, "constraints." + problem);
            }
        }

        return value;
    }

    /// <summary>Reads constraints stored as JSON text.</summary>
    public static Result<SessionConstraintSettings> Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject obj ? Parse(obj) : new Failure(ErrorCodes.ValidationFailed, "constraints must be a JSON object.");
        }
        catch (JsonException)
        {
            return new Failure(ErrorCodes.ValidationFailed, "constraints are not valid JSON.");
        }
    }

    /// <summary>Writes constraints as a JSON object (every key present; empty = not constrained by that rule).</summary>
    public static JsonObject ToJson(SessionConstraintSettings constraints)
    {
        ArgumentNullException.ThrowIfNull(constraints);
        var amounts = new JsonObject();
        foreach (var (asset, amount) in constraints.MaxAmountPerTx.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            amounts[asset] = amount;
        }

        return new JsonObject
        {
            ["allowedNetworks"] = Array(constraints.AllowedNetworks),
            ["allowedTypes"] = Array(constraints.AllowedTypes),
            ["maxAmountPerTx"] = amounts,
            ["allowedRecipients"] = Array(constraints.AllowedRecipients),
        };
    }

    /// <summary>Whether the constraints narrow nothing (every rule empty).</summary>
    public static bool IsUnconstrained(SessionConstraintSettings constraints)
    {
        ArgumentNullException.ThrowIfNull(constraints);
        return constraints.AllowedNetworks.IsDefaultOrEmpty && constraints.AllowedTypes.IsDefaultOrEmpty
            && constraints.MaxAmountPerTx.IsEmpty && constraints.AllowedRecipients.IsDefaultOrEmpty;
    }

    private static JsonArray Array(ImmutableArray<string> values) =>
        new([.. (values.IsDefault ? [] : values).Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static string? Set(ref SessionConstraintSettings target, SessionConstraintSettings value)
    {
        target = value;
        return null;
    }

    private static string? Strings(string key, JsonNode? node, Func<string, bool> valid, out ImmutableArray<string> values)
    {
        values = [];
        if (node is not JsonArray array || array.Count > MaxItems)
        {
            return $"{key}: expected an array of at most {MaxItems} strings";
        }

        var builder = ImmutableArray.CreateBuilder<string>(array.Count);
        foreach (var item in array)
        {
            if (item is not JsonValue v || !v.TryGetValue<string>(out var s) || !valid(s))
            {
                return $"{key}: '{Shorten(item)}' is not a valid entry";
            }

            if (!builder.Contains(s))
            {
                builder.Add(s);
            }
        }

        values = builder.ToImmutable();
        return null;
    }

    private static string? Amounts(JsonNode? node, out ImmutableDictionary<string, string> amounts)
    {
        amounts = ImmutableDictionary<string, string>.Empty;
        if (node is not JsonObject obj || obj.Count > MaxItems)
        {
            return "maxAmountPerTx: expected an object of asset → \"amount in base units\"";
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (asset, amount) in obj)
        {
            // Strings, not JSON numbers: token amounts exceed what a double holds exactly.
            if (asset.Length is 0 or > 128 || amount is not JsonValue v || !v.TryGetValue<string>(out var s)
                || s.Length is 0 or > 78 || !s.All(char.IsAsciiDigit))
            {
                return $"maxAmountPerTx.{asset}: expected a string of decimal digits (an amount in base units)";
            }

            builder[asset] = s;
        }

        amounts = builder.ToImmutable();
        return null;
    }

    private static bool IsNetworkId(string s) =>
        s.Length is > 0 and <= 64 && s.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static bool IsTransactionType(string s) => WireNames.TryParse<TransactionType>(s, out _);

    private static string Shorten(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
