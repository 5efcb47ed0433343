using WaiaaS.Daemon.Hosting;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Security;

public class MasterPasswordStartTests
{
    [Fact]
    public async Task LaterStart_WithAWrongPassword_IsRefused_AndTheRightOneStillWorks()
    {
        var root = DaemonTestHost.CreateRoot();
        var first = await DaemonTestHost.StartAsync(root: root);
        var wallet = await first.CreateWalletAsync("kept");
        await first.StopAsync();

        var refusal = await Assert.ThrowsAsync<DaemonStartException>(() => DaemonTestHost.StartAsync(root: root, password: "not the password"));
        Assert.Equal(DaemonStartFailure.WrongMasterPassword, refusal.Failure);
        Assert.Contains("wrong", refusal.Message, StringComparison.Ordinal);

        await using var again = await DaemonTestHost.StartAsync(root: root);
        var (_, body) = await again.SendAsync(HttpMethod.Get, "/v1/wallets/" + wallet.GetProperty("id").GetString());
        Assert.Equal("kept", body.GetProperty("name").GetString());
    }

    [Fact]
    public async Task FirstStart_RefusesAShortPassword()
    {
        var refusal = await Assert.ThrowsAsync<DaemonStartException>(() => DaemonTestHost.StartAsync(password: "short"));

        Assert.Equal(DaemonStartFailure.WrongMasterPassword, refusal.Failure);
        Assert.Contains("at least 8", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FreshDatabaseOverAnExistingKeystore_RequiresThePasswordThatOpensIt()
    {
        var root = DaemonTestHost.CreateRoot();
        var first = await DaemonTestHost.StartAsync(root: root);
        await first.CreateWalletAsync("w");
        await first.StopAsync();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "data")))
        {
            File.Delete(file);
        }

        var refusal = await Assert.ThrowsAsync<DaemonStartException>(() => DaemonTestHost.StartAsync(root: root, password: "another long password"));

        Assert.Equal(DaemonStartFailure.WrongMasterPassword, refusal.Failure);
        Assert.Contains("does not open", refusal.Message, StringComparison.Ordinal);
        await using var restored = await DaemonTestHost.StartAsync(root: root);
    }

    [Fact]
    public async Task SecondInstance_OnTheSameDataDirectory_IsRefused()
    {
        await using var first = await DaemonTestHost.StartAsync();

        var refusal = await Assert.ThrowsAsync<DaemonStartException>(() => DaemonTestHost.StartAsync(root: first.Root));

        Assert.Equal(DaemonStartFailure.AlreadyRunning, refusal.Failure);
    }
}
