namespace WaiaaS.Core.Toml;

/// <summary>A 1-based line and column in TOML source text; <c>default</c> means "not from source".</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Column">The 1-based column, counted in Unicode code points.</param>
public readonly record struct TomlPosition(int Line, int Column)
{
    /// <summary>Gets a value indicating whether this position refers to a place in source text.</summary>
    public bool IsKnown => Line > 0;

    /// <inheritdoc />
    public override string ToString() => $"line {Line}, column {Column}";
}
