namespace WaiaaS.Core.Toml;

/// <summary>A TOML float (IEEE 754 binary64).</summary>
/// <param name="value">The float value, including infinities and NaN.</param>
/// <param name="position">Where the value starts in the source.</param>
public sealed class TomlFloat(double value, TomlPosition position = default) : TomlValue(position)
{
    /// <summary>Gets the float value.</summary>
    public double Value { get; } = value;

    /// <inheritdoc />
    public override string TypeName => "float";

    /// <inheritdoc />
    public override string ToString() => TomlWriter.FormatValue(this);
}
