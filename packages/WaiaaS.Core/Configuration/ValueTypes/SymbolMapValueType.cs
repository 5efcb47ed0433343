using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration.ValueTypes;

/// <summary>A table of asset symbol to a string (a price feed id or a coin id).</summary>
public sealed class SymbolMapValueType : SymbolTableValueType<string>
{
    /// <summary>The one instance.</summary>
    public static SymbolMapValueType Instance { get; } = new();

    /// <inheritdoc />
    protected override string Expected => "a table of symbol = \"id\"";

    /// <inheritdoc />
    protected override TomlValue EntryToToml(string entry) => new TomlString(entry);

    /// <inheritdoc />
    protected override bool TryEntry(string symbol, TomlValue toml, out string value, out string? problem)
    {
        value = (toml as TomlString)?.Value ?? string.Empty;
        problem = toml is TomlString ? null : $"value of '{symbol}' must be a string";
        return problem is null;
    }
}
