using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration;

/// <summary>One configuration key: where it lives, what it means, and how it is validated and bound.</summary>
public abstract class ConfigKey
{
    private protected ConfigKey(string section, string name, string description, ConfigValueShape shape, bool isSecret)
    {
        Section = section;
        Name = name;
        Description = description;
        Shape = shape;
        IsSecret = isSecret;
    }

    /// <summary>Section name, e.g. <c>daemon</c>.</summary>
    public string Section { get; }

    /// <summary>Key name within its section, e.g. <c>port</c>.</summary>
    public string Name { get; }

    /// <summary>What the key does; written as a comment by <c>waiaas init</c>.</summary>
    public string Description { get; }

    /// <summary>How the value is written in its environment variable.</summary>
    public ConfigValueShape Shape { get; }

    /// <summary>Whether the value is a secret that must never be printed.</summary>
    public bool IsSecret { get; }

    /// <summary>Dotted name used in messages, e.g. <c>daemon.port</c>.</summary>
    public string FullName => Section + "." + Name;

    /// <summary>The environment variable that overrides the key, e.g. <c>WAIAAS_DAEMON_PORT</c>.</summary>
    public string EnvironmentVariable => ("WAIAAS_" + Section + "_" + Name).ToUpperInvariant();

    /// <summary>The key's value in <paramref name="config"/>, as TOML.</summary>
    public abstract TomlValue ValueIn(WaiaasConfig config);

    /// <summary>The built-in default, as TOML.</summary>
    public TomlValue DefaultValue => ValueIn(new WaiaasConfig());

    /// <summary>Validates <paramref name="value"/> and returns the config with it applied, or an error message.</summary>
    internal abstract bool TryApply(WaiaasConfig config, TomlValue value, out WaiaasConfig updated, out string? error);
}
