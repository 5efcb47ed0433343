using System.Collections.Immutable;
using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration.ValueTypes;

/// <summary>A TOML table keyed by asset symbol (<c>SOL = …</c>); subclasses say what one value is.</summary>
/// <typeparam name="T">The value type of one entry.</typeparam>
public abstract class SymbolTableValueType<T> : ConfigValueType<ImmutableDictionary<string, T>>
{
    /// <inheritdoc />
    public override ConfigValueShape Shape => ConfigValueShape.Json;

    /// <summary>What the table holds, for the wrong-type message (e.g. <c>a table of symbol = USD price</c>).</summary>
    protected abstract string Expected { get; }

    /// <inheritdoc />
    public override TomlValue ToToml(ImmutableDictionary<string, T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var table = new TomlTable(isInline: true);
        foreach (var (symbol, entry) in value.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            table.Add(symbol, EntryToToml(entry));
        }

        return table;
    }

    /// <inheritdoc />
    public override bool TryFromToml(TomlValue toml, out ImmutableDictionary<string, T> value, out string? problem)
    {
        value = ImmutableDictionary<string, T>.Empty;
        if (toml is not TomlTable table)
        {
            problem = WrongType(Expected, toml);
            return false;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
        foreach (var (symbol, entry) in table)
        {
            if (!TryEntry(symbol, entry, out var parsed, out problem))
            {
                return false;
            }

            builder[symbol] = parsed;
        }

        value = builder.ToImmutable();
        problem = null;
        return true;
    }

    /// <summary>One entry as TOML.</summary>
    protected abstract TomlValue EntryToToml(T entry);

    /// <summary>Reads one entry; false with a problem naming <paramref name="symbol"/> when it is invalid.</summary>
    protected abstract bool TryEntry(string symbol, TomlValue toml, out T value, out string? problem);
}
