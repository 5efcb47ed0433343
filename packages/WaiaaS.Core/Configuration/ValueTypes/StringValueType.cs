using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration.ValueTypes;

/// <summary>A string; what it may contain is checked by the key's validator.</summary>
public sealed class StringValueType : ConfigValueType<string>
{
    /// <summary>The one instance.</summary>
    public static StringValueType Instance { get; } = new();

    /// <inheritdoc />
    public override ConfigValueShape Shape => ConfigValueShape.Text;

    /// <inheritdoc />
    public override TomlValue ToToml(string value) => new TomlString(value);

    /// <inheritdoc />
    public override bool TryFromToml(TomlValue toml, out string value, out string? problem)
    {
        value = toml is TomlString s ? s.Value : "";
        problem = toml is TomlString ? null : WrongType("a string", toml);
        return problem is null;
    }
}
