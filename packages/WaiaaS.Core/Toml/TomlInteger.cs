using System.Globalization;

namespace WaiaaS.Core.Toml;

/// <summary>A TOML integer (64-bit signed).</summary>
/// <param name="value">The integer value.</param>
/// <param name="position">Where the value starts in the source.</param>
public sealed class TomlInteger(long value, TomlPosition position = default) : TomlValue(position)
{
    /// <summary>Gets the integer value.</summary>
    public long Value { get; } = value;

    /// <inheritdoc />
    public override string TypeName => "integer";

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
