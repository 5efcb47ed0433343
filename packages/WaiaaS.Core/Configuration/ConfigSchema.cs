using System.Collections.Immutable;
using WaiaaS.Core.Configuration.ValueTypes;

namespace WaiaaS.Core.Configuration;

/// <summary>
/// Every section and key of config.toml. The defaults are the initial values of the settings records;
/// this table says how each key is named, documented, validated and bound.
/// </summary>
public static partial class ConfigSchema
{
    private const long Day = 86_400;

    /// <summary>Every section in documentation order.</summary>
    public static IReadOnlyList<ConfigSection> Sections { get; } =
    [
        DaemonSection(),
        KeystoreSection(),
        DatabaseSection(),
        RpcSection(),
        OracleSection(),
        SecuritySection(),
        NotificationsSection(),
        TelegramSection(),
        BackupSection(),
        AutoStopSection(),
    ];

    /// <summary>The sub-table of <c>[rpc]</c> that holds operator-defined networks.</summary>
    public const string CustomNetworksKey = "custom";

    /// <summary>Every key of every section.</summary>
    public static IReadOnlyList<ConfigKey> AllKeys { get; } = [.. Sections.SelectMany(s => s.Keys)];

    /// <summary>Finds a section by name.</summary>
    public static ConfigSection? FindSection(string name) => Sections.FirstOrDefault(s => s.Name == name);

    private static ConfigKey<long> Int(
        string section, string name, long min, long max, string description,
        Func<WaiaasConfig, long> get, Func<WaiaasConfig, long, WaiaasConfig> set) =>
        new(section, name, description, new IntegerValueType(min, max), get, set);

    private static ConfigKey<bool> Bool(
        string section, string name, string description,
        Func<WaiaasConfig, bool> get, Func<WaiaasConfig, bool, WaiaasConfig> set) =>
        new(section, name, description, BooleanValueType.Instance, get, set);

    private static ConfigKey<string> Str(
        string section, string name, string description,
        Func<WaiaasConfig, string> get, Func<WaiaasConfig, string, WaiaasConfig> set,
        Func<string, string?> validate, bool secret = false) =>
        new(section, name, description, StringValueType.Instance, get, set, validate, secret);

    private static ConfigKey<ImmutableArray<string>> StrList(
        string section, string name, string description,
        Func<WaiaasConfig, ImmutableArray<string>> get, Func<WaiaasConfig, ImmutableArray<string>, WaiaasConfig> set,
        Func<string, string?> validateEach) =>
        new(section, name, description, SharedValueTypes.Strings, get, set, ConfigValidators.Each(validateEach, unique: true));
}
