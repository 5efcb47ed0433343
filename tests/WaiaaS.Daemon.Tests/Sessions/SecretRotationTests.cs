using System.Net;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Storage;

namespace WaiaaS.Daemon.Tests.Sessions;

public class SecretRotationTests
{
    [Fact]
    public async Task TheSecret_IsGeneratedOnce_32RandomBytes_InTheKeyValueStore()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var wallet = await host.WalletIdAsync("w");
        await host.NewSessionAsync(new { walletId = wallet });
        await host.NewSessionAsync(new { walletId = wallet });

        var rows = Sql.Rows(host.DatabaseFile(), "SELECT key, value FROM key_value_store WHERE key LIKE 'jwt_secret%'");

        var current = Assert.Single(rows);
        Assert.Equal("jwt_secret_current", current[0]);
        Assert.Equal(32, Convert.FromBase64String(current[1]!).Length);
    }

    [Fact]
    public async Task AfterRotation_OldTokensWorkWithinTheWindow_NotAfter_AndNewTokensWork()
    {
        await using var host = await DaemonTestHost.StartAsync(DaemonTestHost.TestConfig(s => s with { JwtRotationGraceSeconds = 300 }));
        var wallet = await host.WalletIdAsync("w");
        var (oldId, oldToken, _) = await host.NewSessionAsync(new { walletId = wallet });
        var before = Sql.Scalar(host.DatabaseFile(), "SELECT value FROM key_value_store WHERE key = 'jwt_secret_current'");

        var (rotated, body) = await host.SendAsync(HttpMethod.Post, "/v1/admin/rotate-secret");

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var now = host.Time.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal(now + 300, body.GetProperty("previousValidUntil").GetInt64());
        Assert.Equal(before, Sql.Scalar(host.DatabaseFile(), "SELECT value FROM key_value_store WHERE key = 'jwt_secret_previous'"));
        Assert.NotEqual(before, Sql.Scalar(host.DatabaseFile(), "SELECT value FROM key_value_store WHERE key = 'jwt_secret_current'"));
        Assert.Equal(1, host.Scalar("SELECT COUNT(*) FROM audit_log WHERE event_type = 'session.secret_rotated'"));
        var (newId, newToken, _) = await host.NewSessionAsync(new { walletId = wallet });

        host.Time.Advance(TimeSpan.FromSeconds(299));
        Assert.Equal("RENEWAL_TOO_EARLY", (await host.RenewAsync(oldId, oldToken)).Body.Code());
        host.Time.Advance(TimeSpan.FromSeconds(1));
        var (expired, expiredBody) = await host.RenewAsync(oldId, oldToken);
        Assert.Equal((HttpStatusCode.Unauthorized, "INVALID_SESSION_TOKEN"), (expired.StatusCode, expiredBody.Code()));
        Assert.Equal("RENEWAL_TOO_EARLY", (await host.RenewAsync(newId, newToken)).Body.Code());
    }

    [Fact]
    public async Task TheSecret_SurvivesARestart()
    {
        var root = DaemonTestHost.CreateRoot();
        var host = await DaemonTestHost.StartAsync(root: root);
        var (id, token, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w") });
        await host.StopAsync();

        await using var restarted = await DaemonTestHost.StartAsync(root: root, time: host.Time);

        Assert.Equal("RENEWAL_TOO_EARLY", (await restarted.RenewAsync(id, token)).Body.Code());
    }
}
