using WaiaaS.Core.Configuration;

namespace WaiaaS.Core.Tests.Configuration;

public sealed class AutoStopConfigTests
{
    [Fact]
    public void Defaults_AreOnWithFiveFailuresAndIdleOff()
    {
        var config = ConfigTestHelpers.LoadOk("");

        Assert.True(config.AutoStop.Enabled);
        Assert.Equal(5, config.AutoStop.ConsecutiveFailures);
        Assert.Equal(20, config.AutoStop.MaxTransactionsPerWindow);
        Assert.Equal(300, config.AutoStop.WindowSeconds);
        Assert.Equal(0, config.AutoStop.IdleTimeoutSeconds);
    }

    [Fact]
    public void FileAndEnvironment_SetTheSection()
    {
        var config = ConfigTestHelpers.LoadOk(
            "[autostop]\nenabled = false\nconsecutive_failures = 3\nmax_transactions_per_window = 50\nwindow_seconds = 60\n",
            ("WAIAAS_AUTOSTOP_IDLE_TIMEOUT", "7200"));

        Assert.Equal(new AutoStopSettings { Enabled = false, ConsecutiveFailures = 3, MaxTransactionsPerWindow = 50, WindowSeconds = 60, IdleTimeoutSeconds = 7200 }, config.AutoStop);
    }

    [Theory]
    [InlineData("window_seconds = 0", "autostop.window_seconds")]
    [InlineData("consecutive_failures = -1", "autostop.consecutive_failures")]
    [InlineData("idle_timeout = \"1h\"", "autostop.idle_timeout")]
    [InlineData("max_transactions = 5", "autostop.max_transactions")]
    public void InvalidValues_AreErrorsNamingTheKey(string line, string key)
    {
        var error = ConfigTestHelpers.SingleError("[autostop]\n" + line + "\n");

        Assert.Equal(key, error.Key);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void DefaultConfigFile_ListsTheSection()
    {
        var text = DefaultConfigFile.Render("1.0.0");

        Assert.Contains("[autostop]", text);
        Assert.Contains("# consecutive_failures = 5", text);
    }
}
