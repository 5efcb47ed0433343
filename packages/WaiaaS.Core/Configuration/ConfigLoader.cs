using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration;

/// <summary>
/// Loads configuration in the order built-in defaults &lt; config.toml &lt; <c>WAIAAS_&lt;SECTION&gt;_&lt;KEY&gt;</c> variables.
/// Every problem is collected and reported with the key, the file or variable, and the line.
/// </summary>
public static class ConfigLoader
{
    /// <summary>Loads <paramref name="configFilePath"/> (defaults only if it does not exist) and applies the environment.</summary>
    public static ConfigLoadResult Load(string configFilePath, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(configFilePath);
        if (!File.Exists(configFilePath))
        {
            return Finish(new WaiaasConfig(), configFilePath, environment, []);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(configFilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ConfigLoadResult.From(new WaiaasConfig(), [new ConfigError(null, configFilePath, null, null, "cannot read the file: " + e.Message)]);
        }

        return Load(bytes, configFilePath, environment);
    }

    /// <summary>Loads a config document given as UTF-8 bytes; <paramref name="sourceName"/> names it in errors.</summary>
    public static ConfigLoadResult Load(ReadOnlySpan<byte> utf8Toml, string sourceName, IReadOnlyDictionary<string, string> environment)
    {
        var errors = new List<ConfigError>();
        var config = new WaiaasConfig();
        if (TomlParser.TryParse(utf8Toml, out var document, out var syntaxError))
        {
            config = FileConfigBinder.Apply(config, document, sourceName, errors);
        }
        else
        {
            errors.Add(new ConfigError(null, sourceName, syntaxError.Line, syntaxError.Column, "invalid TOML: " + syntaxError.Message));
        }

        return Finish(config, sourceName, environment, errors);
    }

    private static ConfigLoadResult Finish(
        WaiaasConfig config, string sourceName, IReadOnlyDictionary<string, string> environment, List<ConfigError> errors)
    {
        config = EnvironmentConfigBinder.Apply(config, environment, errors);
        if (errors.Count == 0)
        {
            ConfigConsistencyRules.Check(config, sourceName, errors);
        }

        return ConfigLoadResult.From(config, errors);
    }
}
