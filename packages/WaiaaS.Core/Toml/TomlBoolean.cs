namespace WaiaaS.Core.Toml;

/// <summary>A TOML boolean.</summary>
/// <param name="value">The boolean value.</param>
/// <param name="position">Where the value starts in the source.</param>
public sealed class TomlBoolean(bool value, TomlPosition position = default) : TomlValue(position)
{
    /// <summary>Gets the boolean value.</summary>
    public bool Value { get; } = value;

    /// <inheritdoc />
    public override string TypeName => "boolean";

    /// <inheritdoc />
    public override string ToString() => Value ? "true" : "false";
}
