namespace WaiaaS.Core.Toml;

/// <summary>A TOML string.</summary>
/// <param name="value">The string value.</param>
/// <param name="position">Where the value starts in the source.</param>
public sealed class TomlString(string value, TomlPosition position = default) : TomlValue(position)
{
    /// <summary>Gets the string value.</summary>
    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));

    /// <inheritdoc />
    public override string TypeName => "string";

    /// <inheritdoc />
    public override string ToString() => Value;
}
