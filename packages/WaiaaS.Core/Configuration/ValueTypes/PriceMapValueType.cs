using System.Collections.Immutable;
using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration.ValueTypes;

/// <summary>A table of asset symbol to a non-negative USD price (integer or float).</summary>
public sealed class PriceMapValueType : ConfigValueType<ImmutableDictionary<string, double>>
{
    /// <summary>The one instance.</summary>
    public static PriceMapValueType Instance { get; } = new();

    /// <inheritdoc />
    public override ConfigValueShape Shape => ConfigValueShape.Json;

    /// <inheritdoc />
    public override TomlValue ToToml(ImmutableDictionary<string, double> value)
    {
        var table = new TomlTable(isInline: true);
        foreach (var (symbol, price) in value.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            table.Add(symbol, new TomlFloat(price));
        }

        return table;
    }

    /// <inheritdoc />
    public override bool TryFromToml(TomlValue toml, out ImmutableDictionary<string, double> value, out string? problem)
    {
        value = ImmutableDictionary<string, double>.Empty;
        if (toml is not TomlTable table)
        {
            problem = WrongType("a table of symbol = USD price", toml);
            return false;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var (symbol, price) in table)
        {
            double number = price switch
            {
                TomlFloat f => f.Value,
                TomlInteger i => i.Value,
                _ => double.NaN,
            };
            if (!double.IsFinite(number) || number < 0)
            {
                problem = $"price of '{symbol}' must be a finite number ≥ 0";
                return false;
            }

            builder[symbol] = number;
        }

        value = builder.ToImmutable();
        problem = null;
        return true;
    }
}
