using static WaiaaS.Core.Tests.Configuration.ConfigTestHelpers;

namespace WaiaaS.Core.Tests.Configuration;

public sealed class ConfigLoaderEnvironmentErrorTests
{
    [Fact]
    public void Load_WhenEnvironmentKeyUnknownUnderKnownSection_ReportsVariableAndSuggestion()
    {
        var error = SingleEnvError(("WAIAAS_DAEMON_PROT", "3101"));

        Assert.Equal("daemon.prot", error.Key);
        Assert.Equal("environment variable WAIAAS_DAEMON_PROT", error.Source);
        Assert.Null(error.Line);
        Assert.Null(error.Column);
        Assert.Contains("unknown key", error.Message);
        Assert.Contains("did you mean 'WAIAAS_DAEMON_PORT'?", error.Message);
        Assert.Contains("known keys of [daemon]: port, hostname, log_level", error.Message);
    }

    [Fact]
    public void Load_WhenEnvironmentIntegerIsNotANumber_ReportsExpectedInteger()
    {
        var error = SingleEnvError(("WAIAAS_DAEMON_PORT", "31o0"));

        Assert.Equal("daemon.port", error.Key);
        Assert.Equal("environment variable WAIAAS_DAEMON_PORT", error.Source);
        Assert.Equal("expected an integer, got \"31o0\"", error.Message);
        Assert.Equal("environment variable WAIAAS_DAEMON_PORT: daemon.port: expected an integer, got \"31o0\"", error.ToString());
    }

    [Fact]
    public void Load_WhenEnvironmentIntegerOutOfRange_ReportsRange()
    {
        var error = SingleEnvError(("WAIAAS_DAEMON_PORT", "70000"));

        Assert.Equal("daemon.port", error.Key);
        Assert.Equal("must be between 0 and 65535, got 70000", error.Message);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("")]
    [InlineData("2")]
    public void Load_WhenEnvironmentBooleanIsNotTrueOrFalse_ReportsIt(string raw)
    {
        var error = SingleEnvError(("WAIAAS_DAEMON_ADMIN_UI", raw));

        Assert.Equal("daemon.admin_ui", error.Key);
        Assert.Equal("expected true or false (or 1 or 0)", error.Message);
    }

    [Fact]
    public void Load_WhenEnvironmentJsonIsMalformed_ReportsExpectedJson()
    {
        var error = SingleEnvError(("WAIAAS_SECURITY_CORS_ORIGINS", "http://localhost:5173"));

        Assert.Equal("security.cors_origins", error.Key);
        Assert.Equal("environment variable WAIAAS_SECURITY_CORS_ORIGINS", error.Source);
        Assert.StartsWith("expected JSON (an array like [\"a\", \"b\"] or an object like {\"k\": 1}): ", error.Message);
    }

    [Fact]
    public void Load_WhenEnvironmentJsonHasWrongShape_ReportsTypeError()
    {
        var error = SingleEnvError(("WAIAAS_SECURITY_CORS_ORIGINS", "{\"a\": 1}"));

        Assert.Equal("security.cors_origins", error.Key);
        Assert.Equal("expected an array of strings, got a table", error.Message);
    }

    [Fact]
    public void Load_WhenEnvironmentJsonContainsNull_ReportsIt()
    {
        var error = SingleEnvError(("WAIAAS_SECURITY_CORS_ORIGINS", "[null]"));

        Assert.Equal("security.cors_origins", error.Key);
        Assert.Equal("JSON null is not a value", error.Message);
    }

    [Fact]
    public void Load_WhenEnvironmentDefinesCustomNetwork_RefusesIt()
    {
        var error = SingleEnvError(("WAIAAS_RPC_CUSTOM_ANVIL_URL", "http://127.0.0.1:8545"));

        Assert.Equal("rpc.custom_anvil_url", error.Key);
        Assert.Equal("environment variable WAIAAS_RPC_CUSTOM_ANVIL_URL", error.Source);
        Assert.Equal("custom networks can only be defined in config.toml ([rpc.custom.<name>])", error.Message);
    }

    [Fact]
    public void Load_WhenSeveralEnvironmentVariablesAreWrong_ReportsAllInNameOrder()
    {
        var result = LoadEnv(("WAIAAS_DAEMON_PORT", "x"), ("WAIAAS_BACKUP_RETENTION", "0"), ("WAIAAS_SECURITY_NOPE", "1"));

        Assert.Collection(
            result.Errors,
            e => Assert.Equal(("backup.retention", "must be between 1 and 100, got 0"), (e.Key, e.Message)),
            e => Assert.Equal(("daemon.port", "expected an integer, got \"x\""), (e.Key, e.Message)),
            e => Assert.Equal("security.nope", e.Key));
    }
}
