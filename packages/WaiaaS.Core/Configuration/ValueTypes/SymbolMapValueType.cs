using System.Collections.Immutable;
using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration.ValueTypes;

/// <summary>A table of asset symbol to a string (a price feed id or a coin id).</summary>
public sealed class SymbolMapValueType : ConfigValueType<ImmutableDictionary<string, string>>
{
    /// <summary>The one instance.</summary>
    public static SymbolMapValueType Instance { get; } = new();

    /// <inheritdoc />
    public override ConfigValueShape Shape => ConfigValueShape.Json;

    /// <inheritdoc />
    public override TomlValue ToToml(ImmutableDictionary<string, string> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var table = new TomlTable(isInline: true);
        foreach (var (symbol, text) in value.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            table.Add(symbol, new TomlString(text));
        }

        return table;
    }

    /// <inheritdoc />
    public override bool TryFromToml(TomlValue toml, out ImmutableDictionary<string, string> value, out string? problem)
    {
        value = ImmutableDictionary<string, string>.Empty;
        if (toml is not TomlTable table)
        {
            problem = WrongType("a table of symbol = \"id\"", toml);
            return false;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (symbol, entry) in table)
        {
            if (entry is not TomlString text)
            {
                problem = $"value of '{symbol}' must be a string";
                return false;
            }

            builder[symbol] = text.Value;
        }

        value = builder.ToImmutable();
        problem = null;
        return true;
    }
}
