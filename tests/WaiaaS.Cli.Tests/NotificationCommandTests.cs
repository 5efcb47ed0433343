using WaiaaS.Core.Configuration;

namespace WaiaaS.Cli.Tests;

public sealed class NotificationCommandTests : IDisposable
{
    private readonly TemporaryFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Setup_PrintsTheBlockAndTheEnvironmentAlternative()
    {
        var run = await CliRun.RunAsync(_temp.Path, null, "notification", "setup", "--channel", "ntfy", "--topic", "my-topic");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(
            "[notifications]\nenabled = true\nchannel_order = [\"ntfy\", \"telegram\", \"discord\", \"slack\"]\nntfy_topic = \"my-topic\"\nntfy_url = \"https://ntfy.sh\"\n",
            run.Output);
        Assert.Contains("WAIAAS_NOTIFICATIONS_NTFY_TOPIC=my-topic", run.Error, StringComparison.Ordinal);
        Assert.Contains("WAIAAS_NOTIFICATIONS_ENABLED=true", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_WithoutTheChannelsSetting_IsAUsageError()
    {
        var run = await CliRun.RunAsync(_temp.Path, null, "notification", "setup", "--channel", "discord");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--webhook-url", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetupWrite_AppendsOnce_AndTheDaemonConfigLoads()
    {
        var dataDir = _temp.Combine("d");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(_temp.Path, null, "init", "--data-dir", dataDir)).ExitCode);

        var run = await CliRun.RunAsync(_temp.Path, null, "notification", "setup", "--data-dir", dataDir, "--channel", "discord", "--webhook-url", "http://127.0.0.1:9/api/webhooks/1/t", "--write");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var loaded = ConfigLoader.Load(Path.Combine(dataDir, "config.toml"), new Dictionary<string, string>());
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors));
        Assert.True(loaded.Config!.Notifications.Enabled);
        Assert.Equal("http://127.0.0.1:9/api/webhooks/1/t", loaded.Config.Notifications.DiscordWebhookUrl);
        Assert.Equal("discord", loaded.Config.Notifications.ChannelOrder[0]);

        var again = await CliRun.RunAsync(_temp.Path, null, "notification", "setup", "--data-dir", dataDir, "--channel", "slack", "--webhook-url", "http://127.0.0.1:9/services/x", "--write");
        Assert.Equal(ExitCodes.Failure, again.ExitCode);
        Assert.Contains("already sets some of these [notifications] keys", again.Error, StringComparison.Ordinal);
        Assert.Equal("http://127.0.0.1:9/api/webhooks/1/t", ConfigLoader.Load(Path.Combine(dataDir, "config.toml"), new Dictionary<string, string>()).Config!.Notifications.DiscordWebhookUrl);
    }

    [Fact]
    public async Task SetupWrite_AddsTheTable_WhenTheFileHasNone()
    {
        var dataDir = _temp.Combine("bare");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(_temp.Path, null, "init", "--data-dir", dataDir)).ExitCode);
        File.WriteAllText(Path.Combine(dataDir, "config.toml"), "[daemon]\nport = 3100\n");

        var run = await CliRun.RunAsync(_temp.Path, null, "notification", "setup", "--data-dir", dataDir, "--channel", "ntfy", "--topic", "t1", "--ntfy-url", "http://127.0.0.1:9", "--write");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var loaded = ConfigLoader.Load(Path.Combine(dataDir, "config.toml"), new Dictionary<string, string>());
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors));
        Assert.Equal(("t1", "http://127.0.0.1:9"), (loaded.Config!.Notifications.NtfyTopic, loaded.Config.Notifications.NtfyUrl));
        Assert.Equal(3100, loaded.Config.Daemon.Port);
    }

    [Fact]
    public async Task SetupWrite_RefusesSettingsTheDaemonWouldReject()
    {
        var dataDir = _temp.Combine("tg");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(_temp.Path, null, "init", "--data-dir", dataDir)).ExitCode);
        var before = File.ReadAllText(Path.Combine(dataDir, "config.toml"));

        var run = await CliRun.RunAsync(_temp.Path, null, "notification", "setup", "--data-dir", dataDir, "--channel", "telegram", "--chat-id", "4242", "--write");

        Assert.Equal(ExitCodes.ConfigInvalid, run.ExitCode);
        Assert.Contains("telegram.bot_token", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(dataDir, "config.toml")));
    }
}
