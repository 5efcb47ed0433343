using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration.ValueTypes;

/// <summary>A table of asset symbol to a non-negative USD price (integer or float).</summary>
public sealed class PriceMapValueType : SymbolTableValueType<double>
{
    /// <summary>The one instance.</summary>
    public static PriceMapValueType Instance { get; } = new();

    /// <inheritdoc />
    protected override string Expected => "a table of symbol = USD price";

    /// <inheritdoc />
    protected override TomlValue EntryToToml(double entry) => new TomlFloat(entry);

    /// <inheritdoc />
    protected override bool TryEntry(string symbol, TomlValue toml, out double value, out string? problem)
    {
        value = toml switch
        {
            TomlFloat f => f.Value,
            TomlInteger i => i.Value,
            _ => double.NaN,
        };
        problem = double.IsFinite(value) && value >= 0 ? null : $"price of '{symbol}' must be a finite number ≥ 0";
        return problem is null;
    }
}
