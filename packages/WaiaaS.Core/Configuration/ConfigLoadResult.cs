using System.Diagnostics.CodeAnalysis;

namespace WaiaaS.Core.Configuration;

/// <summary>The loaded configuration, or every error found while loading it.</summary>
public sealed class ConfigLoadResult
{
    private ConfigLoadResult(WaiaasConfig? config, IReadOnlyList<ConfigError> errors)
    {
        Config = config;
        Errors = errors;
    }

    /// <summary>The configuration; null when <see cref="Errors"/> is not empty.</summary>
    public WaiaasConfig? Config { get; }

    /// <summary>Every problem found, in file order then environment order.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }

    /// <summary>True when the configuration loaded without errors.</summary>
    [MemberNotNullWhen(true, nameof(Config))]
    public bool Succeeded => Config is not null;

    internal static ConfigLoadResult From(WaiaasConfig config, IReadOnlyList<ConfigError> errors) =>
        errors.Count == 0 ? new(config, errors) : new(null, errors);
}
