using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration;

/// <summary>Applies a parsed config.toml to a configuration, reporting unknown sections and keys with their line.</summary>
internal static class FileConfigBinder
{
    public static WaiaasConfig Apply(WaiaasConfig config, TomlTable document, string source, List<ConfigError> errors)
    {
        foreach (var (sectionName, sectionValue) in document)
        {
            var keyAt = document.GetKeyPosition(sectionName);
            var section = ConfigSchema.FindSection(sectionName);
            if (section is null)
            {
                var known = ConfigSchema.Sections.Select(s => s.Name).ToList();
                errors.Add(At(sectionName, source, keyAt, $"unknown section [{sectionName}]{NameSuggestions.DidYouMean(sectionName, known)} (known sections: {string.Join(", ", known)})"));
                continue;
            }

            if (sectionValue is not TomlTable table)
            {
                errors.Add(At(sectionName, source, keyAt, $"must be a table ([{sectionName}]), got {WithArticle(sectionValue.TypeName)}"));
                continue;
            }

            config = ApplySection(config, section, table, source, errors);
        }

        return config;
    }

    private static WaiaasConfig ApplySection(WaiaasConfig config, ConfigSection section, TomlTable table, string source, List<ConfigError> errors)
    {
        foreach (var (name, value) in table)
        {
            if (section.Name == "rpc" && name == ConfigSchema.CustomNetworksKey)
            {
                config = CustomNetworkBinder.Apply(config, value, table.GetKeyPosition(name), source, errors);
                continue;
            }

            var key = section.Keys.FirstOrDefault(k => k.Name == name);
            if (key is null)
            {
                var known = section.Keys.Select(k => k.Name).ToList();
                errors.Add(At($"{section.Name}.{name}", source, table.GetKeyPosition(name),
                    $"unknown key{NameSuggestions.DidYouMean(name, known)} (known keys of [{section.Name}]: {string.Join(", ", known)})"));
                continue;
            }

            if (key.TryApply(config, value, out var updated, out var error))
            {
                config = updated;
            }
            else
            {
                errors.Add(At(key.FullName, source, value.Position.Line > 0 ? value.Position : table.GetKeyPosition(name), error!));
            }
        }

        return config;
    }

    private static string WithArticle(string typeName) =>
        ("aeiou".Contains(typeName[0], StringComparison.Ordinal) ? "an " : "a ") + typeName;

    internal static ConfigError At(string key, string source, TomlPosition position, string message) =>
        position.Line > 0
            ? new ConfigError(key, source, position.Line, position.Column, message)
            : new ConfigError(key, source, null, null, message);
}
