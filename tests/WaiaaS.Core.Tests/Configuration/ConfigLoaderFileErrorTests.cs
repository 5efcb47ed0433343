using WaiaaS.Core.Configuration;
using static WaiaaS.Core.Tests.Configuration.ConfigTestHelpers;

namespace WaiaaS.Core.Tests.Configuration;

public sealed class ConfigLoaderFileErrorTests
{
    [Fact]
    public void Load_WhenKeyIsMisspelled_ReportsKeyFileLineAndSuggestion()
    {
        var error = SingleError("""
            # comment
            [daemon]
            hostname = "127.0.0.1"
            prot = 3101
            """);

        Assert.Equal("daemon.prot", error.Key);
        Assert.Equal(SourceName, error.Source);
        Assert.Equal(4, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Contains("unknown key", error.Message);
        Assert.Contains("did you mean 'port'?", error.Message);
        Assert.Contains("known keys of [daemon]: port, hostname,", error.Message);
    }

    [Fact]
    public void Load_WhenKeyIsUnknownAndUnlikeAnyKey_ReportsNoSuggestion()
    {
        var error = SingleError("[daemon]\nflux_capacitor = 1\n");

        Assert.Equal("daemon.flux_capacitor", error.Key);
        Assert.Equal(2, error.Line);
        Assert.DoesNotContain("did you mean", error.Message);
    }

    [Fact]
    public void Load_WhenSectionIsUnknown_ReportsSectionLineAndSuggestion()
    {
        var error = SingleError("\n\n[deamon]\nport = 1\n");

        Assert.Equal("deamon", error.Key);
        Assert.Equal(SourceName, error.Source);
        Assert.Equal(3, error.Line);
        Assert.Contains("unknown section [deamon]", error.Message);
        Assert.Contains("did you mean 'daemon'?", error.Message);
        Assert.Contains("known sections: daemon, keystore, database, rpc, oracle, security, notifications, telegram, backup", error.Message);
    }

    [Fact]
    public void Load_WhenPortIsString_ReportsWrongTypeWithLine()
    {
        var error = SingleError("[daemon]\nport = \"3100\"\n");

        Assert.Equal("daemon.port", error.Key);
        Assert.Equal(2, error.Line);
        Assert.Equal("expected an integer, got a string", error.Message);
    }

    [Fact]
    public void Load_WhenPortOutOfRange_ReportsKeyFileAndLine()
    {
        var error = SingleError("[daemon]\nlog_level = \"info\"\nport = 70000\n");

        Assert.Equal("daemon.port", error.Key);
        Assert.Equal(SourceName, error.Source);
        Assert.Equal(3, error.Line);
        Assert.Equal("must be between 0 and 65535, got 70000", error.Message);
        Assert.StartsWith($"{SourceName}:3:", error.ToString());
        Assert.EndsWith(": daemon.port: must be between 0 and 65535, got 70000", error.ToString());
    }

    [Fact]
    public void Load_WhenTomlIsInvalid_ReportsParserLineAndColumn()
    {
        var error = SingleError("[daemon]\nport = 3100\nhostname = \"unterminated\n");

        Assert.Null(error.Key);
        Assert.Equal(SourceName, error.Source);
        Assert.Equal(3, error.Line);
        Assert.NotNull(error.Column);
        Assert.True(error.Column > 1, $"column {error.Column}");
        Assert.StartsWith("invalid TOML: ", error.Message);
    }

    [Fact]
    public void Load_WhenTomlIsInvalid_UsesSameLineAndColumnAsParser()
    {
        const string text = "[daemon]\nport = = 1\n";
        Assert.False(Core.Toml.TomlParser.TryParse(text, out _, out var parserError));

        var error = SingleError(text);

        Assert.Equal(parserError.Line, error.Line);
        Assert.Equal(parserError.Column, error.Column);
        Assert.Equal("invalid TOML: " + parserError.Message, error.Message);
    }

    [Fact]
    public void Load_WhenSectionIsNotATable_ReportsIt()
    {
        var error = SingleError("daemon = 5\n");

        Assert.Equal("daemon", error.Key);
        Assert.Equal(1, error.Line);
        Assert.Equal("must be a table ([daemon]), got an integer", error.Message);
    }

    [Fact]
    public void Load_WhenSeveralKeysAreWrong_ReportsEveryErrorInFileOrder()
    {
        var result = Load("""
            [daemon]
            prot = 3101
            port = 65536
            log_level = "verbose"

            [nope]
            """, ("WAIAAS_DAEMON_SHUTDOWN_TIMEOUT", "forever"));

        Assert.False(result.Succeeded);
        Assert.Collection(
            result.Errors,
            e => Assert.Equal(("daemon.prot", 2), (e.Key, e.Line!.Value)),
            e => Assert.Equal(("daemon.port", 3), (e.Key, e.Line!.Value)),
            e => Assert.Equal(("daemon.log_level", 4), (e.Key, e.Line!.Value)),
            e => Assert.Equal(("nope", 6), (e.Key, e.Line!.Value)),
            e => Assert.Equal(("daemon.shutdown_timeout", "environment variable WAIAAS_DAEMON_SHUTDOWN_TIMEOUT"), (e.Key, e.Source)));
    }

    [Fact]
    public void ToString_WithLine_FormatsPathLineColumnKeyMessage()
    {
        var error = new ConfigError("daemon.port", "/x/config.toml", 7, 8, "must be between 1 and 65535, got 0");

        Assert.Equal("/x/config.toml:7:8: daemon.port: must be between 1 and 65535, got 0", error.ToString());
    }

    [Fact]
    public void ToString_WithoutLineOrKey_OmitsThem()
    {
        Assert.Equal("environment variable WAIAAS_DAEMON_PORT: daemon.port: expected an integer, got \"x\"",
            new ConfigError("daemon.port", "environment variable WAIAAS_DAEMON_PORT", null, null, "expected an integer, got \"x\"").ToString());
        Assert.Equal("/x/config.toml:2:1: invalid TOML: oops", new ConfigError(null, "/x/config.toml", 2, null, "invalid TOML: oops").ToString());
    }

    [Fact]
    public void Load_WhenFileCannotBeParsed_StillReportsEnvironmentErrors()
    {
        var result = Load("[daemon\n", ("WAIAAS_DAEMON_PORT", "abc"));

        Assert.Equal(2, result.Errors.Count);
        Assert.Null(result.Errors[0].Key);
        Assert.Equal("daemon.port", result.Errors[1].Key);
    }
}
