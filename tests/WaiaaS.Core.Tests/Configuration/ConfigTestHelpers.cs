using System.Text;
using WaiaaS.Core.Configuration;

namespace WaiaaS.Core.Tests.Configuration;

/// <summary>Loads TOML text and environment pairs the way the daemon does, for assertions on values and errors.</summary>
internal static class ConfigTestHelpers
{
    public const string SourceName = "/etc/waiaas/config.toml";

    public static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>();

    public static ConfigLoadResult Load(string toml, params (string Name, string Value)[] environment) =>
        ConfigLoader.Load(Encoding.UTF8.GetBytes(toml), SourceName, Env(environment));

    public static ConfigLoadResult LoadEnv(params (string Name, string Value)[] environment) => Load("", environment);

    public static IReadOnlyDictionary<string, string> Env(params (string Name, string Value)[] environment) =>
        environment.ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);

    public static WaiaasConfig LoadOk(string toml, params (string Name, string Value)[] environment)
    {
        var result = Load(toml, environment);
        Assert.True(result.Succeeded, "expected success, got: " + string.Join(" | ", result.Errors));
        return result.Config;
    }

    public static ConfigError SingleError(string toml, params (string Name, string Value)[] environment)
    {
        var result = Load(toml, environment);
        Assert.False(result.Succeeded);
        Assert.Null(result.Config);
        return Assert.Single(result.Errors);
    }

    public static ConfigError SingleEnvError(params (string Name, string Value)[] environment) => SingleError("", environment);
}
