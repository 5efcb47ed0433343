using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration.ValueTypes;

/// <summary>true or false.</summary>
public sealed class BooleanValueType : ConfigValueType<bool>
{
    /// <summary>The one instance.</summary>
    public static BooleanValueType Instance { get; } = new();

    /// <inheritdoc />
    public override ConfigValueShape Shape => ConfigValueShape.TrueOrFalse;

    /// <inheritdoc />
    public override TomlValue ToToml(bool value) => new TomlBoolean(value);

    /// <inheritdoc />
    public override bool TryFromToml(TomlValue toml, out bool value, out string? problem)
    {
        value = toml is TomlBoolean b && b.Value;
        problem = toml is TomlBoolean ? null : WrongType("true or false", toml);
        return problem is null;
    }
}
