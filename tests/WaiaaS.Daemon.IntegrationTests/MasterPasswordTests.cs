namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>The master password at start: set on the first start, checked later, refused when missing or too short (exit 8).</summary>
public sealed class MasterPasswordTests
{
    [Fact]
    public async Task The_first_start_sets_the_password_and_later_starts_refuse_a_wrong_or_missing_one()
    {
        await using var sandbox = new DaemonSandbox();
        await sandbox.StartDetachedAsync();
        Assert.True((await sandbox.RunAsync("stop")).ExitCode == 0);
        Assert.Equal(["master.password_set"], SandboxDatabase.Strings(sandbox.DatabaseFile, "SELECT event_type FROM audit_log WHERE event_type LIKE 'master.%'"));

        var wrong = sandbox.EnvironmentWith(("WAIAAS_MASTER_PASSWORD", "not-the-password"));
        var foreground = await sandbox.RunAsync(wrong, "start");
        Assert.True(foreground.ExitCode == 8, foreground.ToString());
        Assert.Contains("master password is wrong", foreground.Error);
        AssertNotRunning(sandbox);

        var detached = await sandbox.RunAsync(wrong, "start", "--detach");
        Assert.True(detached.ExitCode == 8, detached.ToString());
        Assert.Contains("master password is wrong", detached.Error);
        AssertNotRunning(sandbox);

        // No variable, no file, stdin not a terminal: nothing to prompt with.
        var missing = await sandbox.RunAsync(sandbox.EnvironmentWith(("WAIAAS_MASTER_PASSWORD", null)), "start");
        Assert.True(missing.ExitCode == 8, missing.ToString());
        Assert.Contains("no master password", missing.Error);
        Assert.Contains("WAIAAS_MASTER_PASSWORD", missing.Error);
        AssertNotRunning(sandbox);

        // The right password still works, and the refusals above did not change the stored one.
        await sandbox.StartDetachedAsync();
        Assert.True((await sandbox.RunAsync("stop")).ExitCode == 0);
    }

    [Theory]
    [InlineData("short7!")]
    [InlineData("pässwör")] // 7 characters in 9 UTF-8 bytes: the rule counts characters
    public async Task A_first_password_shorter_than_8_characters_is_refused_and_a_valid_one_can_still_be_set(string tooShort)
    {
        await using var sandbox = new DaemonSandbox();
        var result = await sandbox.RunAsync(sandbox.EnvironmentWith(("WAIAAS_MASTER_PASSWORD", tooShort)), "start");
        Assert.True(result.ExitCode == 8, result.ToString());
        Assert.Contains("at least 8 characters", result.Error);
        AssertNotRunning(sandbox);

        await sandbox.StartDetachedAsync();
        Assert.True((await sandbox.RunAsync("stop")).ExitCode == 0);
        var wrong = await sandbox.RunAsync(sandbox.EnvironmentWith(("WAIAAS_MASTER_PASSWORD", tooShort)), "start");
        Assert.True(wrong.ExitCode == 8, wrong.ToString());
        Assert.Contains("master password is wrong", wrong.Error);
    }

    private static void AssertNotRunning(DaemonSandbox sandbox)
    {
        Assert.False(File.Exists(sandbox.PidFile));
        Assert.False(File.Exists(sandbox.PortFile));
        Assert.False(sandbox.LockHeld());
    }
}
