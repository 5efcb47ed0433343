using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration.ValueTypes;

/// <summary>Converts between TOML values and a key's .NET type, with messages that say what was expected.</summary>
/// <typeparam name="T">The .NET type.</typeparam>
public abstract class ConfigValueType<T>
{
    /// <summary>How the value is written in an environment variable.</summary>
    public abstract ConfigValueShape Shape { get; }

    /// <summary>The value as TOML.</summary>
    public abstract TomlValue ToToml(T value);

    /// <summary>Reads the value from TOML; on failure <paramref name="problem"/> says what was expected.</summary>
    public abstract bool TryFromToml(TomlValue toml, out T value, out string? problem);

    /// <summary>"expected X, got a Y" for a value of the wrong TOML type.</summary>
    protected static string WrongType(string expected, TomlValue actual) =>
        $"expected {expected}, got {Article(actual.TypeName)}";

    private static string Article(string typeName) =>
        "aeiou".Contains(typeName[0], StringComparison.Ordinal) ? "an " + typeName : "a " + typeName;
}
