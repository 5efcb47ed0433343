using System.Net;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Security;

public class MasterAuthLockoutTests
{
    [Fact]
    public async Task RepeatedWrongPasswords_LockOutWithRetryAfter_AuditedAndBackingOff()
    {
        var config = DaemonTestHost.TestConfig(s => s with { MasterAuthLockoutFailures = 3, MasterAuthLockoutWindowSeconds = 60, MasterAuthLockoutBackoffSeconds = 30 });
        await using var host = await DaemonTestHost.StartAsync(config);

        var first = await host.SendAsync(HttpMethod.Get, "/v1/wallets", password: "wrong-1");
        var second = await host.SendAsync(HttpMethod.Get, "/v1/wallets", password: "wrong-2");
        var third = await host.SendAsync(HttpMethod.Get, "/v1/wallets", password: "wrong-3");
        var correctWhileLocked = await host.SendAsync(HttpMethod.Get, "/v1/wallets");

        Assert.Equal(HttpStatusCode.Unauthorized, first.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.Response.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.Response.StatusCode);
        Assert.Equal("MASTER_PASSWORD_LOCKED", third.Body.GetProperty("code").GetString());
        Assert.Equal("30", third.Response.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, correctWhileLocked.Response.StatusCode);

        host.Time.Advance(TimeSpan.FromSeconds(20));
        var stillLocked = await host.SendAsync(HttpMethod.Get, "/v1/wallets");
        Assert.Equal("10", stillLocked.Response.Headers.GetValues("Retry-After").Single());

        host.Time.Advance(TimeSpan.FromSeconds(11));
        await host.SendAsync(HttpMethod.Get, "/v1/wallets", password: "wrong-4");
        await host.SendAsync(HttpMethod.Get, "/v1/wallets", password: "wrong-5");
        var secondLockout = await host.SendAsync(HttpMethod.Get, "/v1/wallets", password: "wrong-6");
        Assert.Equal("60", secondLockout.Response.Headers.GetValues("Retry-After").Single());

        host.Time.Advance(TimeSpan.FromSeconds(61));
        var afterBackoff = await host.SendAsync(HttpMethod.Get, "/v1/wallets");
        Assert.Equal(HttpStatusCode.OK, afterBackoff.Response.StatusCode);

        var (_, failures) = await host.SendAsync(HttpMethod.Get, "/v1/audit-logs?eventType=master.auth_failed&limit=200");
        var (_, lockouts) = await host.SendAsync(HttpMethod.Get, "/v1/audit-logs?eventType=master.auth_locked_out");
        Assert.Equal(6, failures.GetProperty("items").GetArrayLength());
        Assert.Equal(2, lockouts.GetProperty("items").GetArrayLength());
        Assert.DoesNotContain("wrong-", failures.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailuresOutsideTheWindow_DoNotAccumulate()
    {
        var config = DaemonTestHost.TestConfig(s => s with { MasterAuthLockoutFailures = 2, MasterAuthLockoutWindowSeconds = 10 });
        await using var host = await DaemonTestHost.StartAsync(config);

        await host.SendAsync(HttpMethod.Get, "/v1/wallets", password: "wrong");
        host.Time.Advance(TimeSpan.FromSeconds(11));
        var second = await host.SendAsync(HttpMethod.Get, "/v1/wallets", password: "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, second.Response.StatusCode);
    }
}
