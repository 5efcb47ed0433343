using WaiaaS.Daemon.Security;

namespace WaiaaS.Daemon.Tests.Security;

public class MasterPasswordGuardTests
{
    [Fact]
    public void Matches_OnlyTheExactPassword()
    {
        using var guard = MasterPasswordGuard.Create("pässword with ünïcode"u8.ToArray());

        Assert.True(guard.Matches("pässword with ünïcode"));
        Assert.False(guard.Matches("pässword with ünïcode "));
        Assert.False(guard.Matches("password with unicode"));
        Assert.False(guard.Matches(""));
        Assert.False(guard.Matches(null));
    }
}
