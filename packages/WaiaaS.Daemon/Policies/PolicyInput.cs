using System.Text.Json;
using WaiaaS.Core.Errors;

namespace WaiaaS.Daemon.Policies;

/// <summary>
/// The body of <c>POST</c>/<c>PUT /v1/policies</c>, read strictly: <c>{walletId?, network?, type, rules, priority?,
/// enabled?}</c>; unknown fields and wrong types are refused with the field named. <c>Has*</c> tell an absent field
/// from an explicit null (PUT changes only what it names).
/// </summary>
internal sealed record PolicyInput
{
    private static readonly string[] Fields = ["walletId", "network", "type", "rules", "priority", "enabled"];

    public bool HasWalletId { get; private init; }

    public string? WalletId { get; private init; }

    public bool HasNetwork { get; private init; }

    public string? Network { get; private init; }

    public string? Type { get; private init; }

    public JsonElement? Rules { get; private init; }

    public int? Priority { get; private init; }

    public bool? Enabled { get; private init; }

    public static Result<PolicyInput> Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Invalid("body", "must be a JSON object {walletId?, network?, type, rules, priority?, enabled?}");
        }

        var input = new PolicyInput();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in body.EnumerateObject())
        {
            var value = property.Value;
            if (Array.IndexOf(Fields, property.Name) < 0)
            {
                return Invalid(property.Name, "unknown field; allowed: " + string.Join(", ", Fields));
            }

            if (!seen.Add(property.Name))
            {
                return Invalid(property.Name, "appears more than once");
            }

            switch (property.Name)
            {
                case "walletId" when value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    input = input with { HasWalletId = true, WalletId = value.GetString() };
                    break;
                case "network" when value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    input = input with { HasNetwork = true, Network = value.GetString() };
                    break;
                case "type" when value.ValueKind == JsonValueKind.String:
                    input = input with { Type = value.GetString() };
                    break;
                case "rules":
                    input = input with { Rules = value.Clone() };
                    break;
                case "priority" when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var priority):
                    input = input with { Priority = priority };
                    break;
                case "enabled" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    input = input with { Enabled = value.GetBoolean() };
                    break;
                default:
                    return Invalid(property.Name, property.Name switch
                    {
                        "priority" => "must be a whole number",
                        "enabled" => "must be true or false",
                        "type" => "must be a string",
                        _ => "must be a string or null",
                    });
            }
        }

        return input;
    }

    public static Failure Invalid(string field, string reason) =>
        new(ErrorCodes.ValidationFailed, field + ": " + reason, new System.Text.Json.Nodes.JsonObject { ["field"] = field });
}
