using System.Collections.Immutable;
using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration.ValueTypes;

/// <summary>
/// Session constraints as an inline table:
/// <c>{ allowed_networks = [..], allowed_types = [..], max_amount_per_tx = { native = "1000" }, allowed_recipients = [..] }</c>.
/// </summary>
public sealed class SessionConstraintsValueType : ConfigValueType<SessionConstraintSettings>
{
    /// <summary>Transaction types a constraint may name.</summary>
    public static IReadOnlyList<string> TransactionTypes { get; } = ["TRANSFER", "TOKEN_TRANSFER", "CONTRACT_CALL", "APPROVE"];

    /// <summary>The one instance.</summary>
    public static SessionConstraintsValueType Instance { get; } = new();

    /// <inheritdoc />
    public override ConfigValueShape Shape => ConfigValueShape.Json;

    /// <inheritdoc />
    public override TomlValue ToToml(SessionConstraintSettings value)
    {
        var table = new TomlTable(isInline: true);
        AddIfAny(table, "allowed_networks", value.AllowedNetworks);
        AddIfAny(table, "allowed_types", value.AllowedTypes);
        if (!value.MaxAmountPerTx.IsEmpty)
        {
            var amounts = new TomlTable(isInline: true);
            foreach (var (asset, amount) in value.MaxAmountPerTx.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                amounts.Add(asset, new TomlString(amount));
            }

            table.Add("max_amount_per_tx", amounts);
        }

        AddIfAny(table, "allowed_recipients", value.AllowedRecipients);
        return table;
    }

    /// <inheritdoc />
    public override bool TryFromToml(TomlValue toml, out SessionConstraintSettings value, out string? problem)
    {
        value = new SessionConstraintSettings();
        if (toml is not TomlTable table)
        {
            problem = WrongType("a table of constraints", toml);
            return false;
        }

        foreach (var (key, item) in table)
        {
            problem = key switch
            {
                "allowed_networks" => Strings(item, key, out var networks) ?? Set(ref value, value with { AllowedNetworks = networks }),
                "allowed_types" => Types(item, out var types) ?? Set(ref value, value with { AllowedTypes = types }),
                "allowed_recipients" => Strings(item, key, out var recipients) ?? Set(ref value, value with { AllowedRecipients = recipients }),
                "max_amount_per_tx" => Amounts(item, out var amounts) ?? Set(ref value, value with { MaxAmountPerTx = amounts }),
                _ => $"unknown constraint '{key}' (known: allowed_networks, allowed_types, max_amount_per_tx, allowed_recipients)",
            };
            if (problem is not null)
            {
                return false;
            }
        }

        problem = null;
        return true;
    }

    private static string? Set(ref SessionConstraintSettings target, SessionConstraintSettings value)
    {
        target = value;
        return null;
    }

    private static string? Strings(TomlValue item, string key, out ImmutableArray<string> values) =>
        SharedValueTypes.Strings.TryFromToml(item, out values, out var error) ? null : $"{key}: {error}";

    private static string? Types(TomlValue item, out ImmutableArray<string> types)
    {
        var error = Strings(item, "allowed_types", out types);
        var unknown = error is null ? types.FirstOrDefault(t => !TransactionTypes.Contains(t)) : null;
        return error ?? (unknown is null ? null : $"allowed_types: unknown type '{unknown}' (known: {string.Join(", ", TransactionTypes)})");
    }

    private static string? Amounts(TomlValue item, out ImmutableDictionary<string, string> amounts)
    {
        amounts = ImmutableDictionary<string, string>.Empty;
        if (item is not TomlTable table)
        {
            return "max_amount_per_tx: " + WrongType("a table of asset = \"amount in base units\"", item);
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (asset, amount) in table)
        {
            // Amounts are base-unit integers written as strings so no precision is lost (JSON/TOML numbers are not enough for 10^18 scales).
            if (amount is not TomlString s || s.Value.Length is 0 or > 78 || !s.Value.All(char.IsAsciiDigit))
            {
                return $"max_amount_per_tx.{asset}: expected a string of decimal digits (an amount in base units)";
            }

            builder[asset] = s.Value;
        }

        amounts = builder.ToImmutable();
        return null;
    }

    private static void AddIfAny(TomlTable table, string key, ImmutableArray<string> values)
    {
        if (!values.IsDefaultOrEmpty)
        {
            table.Add(key, SharedValueTypes.Strings.ToToml(values));
        }
    }
}
