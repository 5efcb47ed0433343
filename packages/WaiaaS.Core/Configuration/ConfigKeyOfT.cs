using WaiaaS.Core.Configuration.ValueTypes;
using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Configuration;

/// <summary>A key whose value has the .NET type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The bound value type.</typeparam>
public sealed class ConfigKey<T> : ConfigKey
{
    private readonly ConfigValueType<T> _type;
    private readonly Func<WaiaasConfig, T> _get;
    private readonly Func<WaiaasConfig, T, WaiaasConfig> _set;
    private readonly Func<T, string?>? _validate;

    internal ConfigKey(
        string section,
        string name,
        string description,
        ConfigValueType<T> type,
        Func<WaiaasConfig, T> get,
        Func<WaiaasConfig, T, WaiaasConfig> set,
        Func<T, string?>? validate = null,
        bool isSecret = false)
        : base(section, name, description, type.Shape, isSecret)
    {
        _type = type;
        _get = get;
        _set = set;
        _validate = validate;
    }

    /// <summary>The key's typed value in <paramref name="config"/>.</summary>
    public T Get(WaiaasConfig config) => _get(config);

    /// <inheritdoc />
    public override TomlValue ValueIn(WaiaasConfig config) => _type.ToToml(_get(config));

    internal override bool TryApply(WaiaasConfig config, TomlValue value, out WaiaasConfig updated, out string? error)
    {
        updated = config;
        if (!_type.TryFromToml(value, out var typed, out error))
        {
            return false;
        }

        error = _validate?.Invoke(typed);
        if (error is not null)
        {
            // Messages quote the offending value; a secret's value must not reach logs or terminals.
            if (IsSecret && typed is string { Length: > 0 } secret)
            {
                error = error.Replace(secret, "<redacted>", StringComparison.Ordinal);
            }

            return false;
        }

        updated = _set(config, typed);
        return true;
    }
}
