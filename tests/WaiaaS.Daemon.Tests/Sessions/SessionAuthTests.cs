using System.Net;
using WaiaaS.Core.Crypto;
using WaiaaS.Core.Sessions;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Storage;

namespace WaiaaS.Daemon.Tests.Sessions;

// The renew endpoint is the sessionAuth endpoint this part owns: 401 means the middleware refused the token; any
// other answer (e.g. 409 RENEWAL_TOO_EARLY right after creation) means the token authenticated.
public class SessionAuthTests
{
    [Fact]
    public async Task AValidToken_Authenticates()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (id, token, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w") });

        Assert.Equal("RENEWAL_TOO_EARLY", (await host.RenewAsync(id, token)).Body.Code());
    }

    [Fact]
    public async Task MissingMalformedAndNonBearerCredentials_AreRefused()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (id, token, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w") });

        var (missing, missingBody) = await host.RenewAsync(id, null);
        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHORIZED"), (missing.StatusCode, missingBody.Code()));
        Assert.Equal("INVALID_SESSION_TOKEN", (await host.RenewAsync(id, "garbage")).Body.Code());
        Assert.Equal("INVALID_SESSION_TOKEN", (await host.RenewAsync(id, token[..^2])).Body.Code());
        using var basic = new HttpRequestMessage(HttpMethod.Put, $"/v1/sessions/{id}/renew");
        basic.Headers.TryAddWithoutValidation("Authorization", "Basic " + token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(basic)).StatusCode);
    }

    [Fact]
    public async Task TamperedAndForeignTokens_AreRefused_AndAuditedWithoutTheToken()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var wallet = await host.WalletIdAsync("w");
        var (id, token, _) = await host.NewSessionAsync(new { walletId = wallet });
        var (otherId, _, _) = await host.NewSessionAsync(new { walletId = wallet });
        var parts = token.Split('.');
        using var foreignSecret = GuardedBuffer.Random(32);
        var claims = SessionTokenCodec.DecodeUntrusted(token).Value!;
        var otherPayload = SessionTokenCodec.Issue(claims with { SessionId = otherId }, foreignSecret).Split('.')[1];
        var foreign = SessionTokenCodec.Issue(claims with { ExpiresAt = claims.ExpiresAt + 100 }, foreignSecret);

        var (tampered, tamperedBody) = await host.RenewAsync(otherId, $"{parts[0]}.{otherPayload}.{parts[2]}");
        var (forged, forgedBody) = await host.RenewAsync(id, foreign);

        Assert.Equal((HttpStatusCode.Unauthorized, "INVALID_SESSION_TOKEN"), (tampered.StatusCode, tamperedBody.Code()));
        Assert.Equal((HttpStatusCode.Unauthorized, "INVALID_SESSION_TOKEN"), (forged.StatusCode, forgedBody.Code()));
        var audit = Sql.Rows(host.DatabaseFile(), "SELECT details FROM audit_log WHERE event_type = 'session.auth_failed'");
        Assert.Equal(2, audit.Count);
        Assert.All(audit, row => Assert.Contains("INVALID_SESSION_TOKEN", row[0], StringComparison.Ordinal));
        Assert.All(audit, row => Assert.DoesNotContain(parts[2], row[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnExpiredToken_IsRefusedAsExpired()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (id, token, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w"), ttl = 600 });

        host.Time.Advance(TimeSpan.FromSeconds(600));
        var (response, body) = await host.RenewAsync(id, token);

        Assert.Equal((HttpStatusCode.Unauthorized, "SESSION_EXPIRED"), (response.StatusCode, body.Code()));
        Assert.Contains("new session", body.GetProperty("hint").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenWhoseWalletsAreAllTerminated_IsRefused()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var a = await host.WalletIdAsync("a");
        var b = await host.WalletIdAsync("b");
        var (id, token, _) = await host.NewSessionAsync(new { walletIds = new[] { a, b } });

        await host.SendAsync(HttpMethod.Delete, $"/v1/wallets/{a}");
        Assert.Equal("RENEWAL_TOO_EARLY", (await host.RenewAsync(id, token)).Body.Code());
        await host.SendAsync(HttpMethod.Delete, $"/v1/wallets/{b}");
        var (response, body) = await host.RenewAsync(id, token);

        Assert.Equal((HttpStatusCode.Unauthorized, "SESSION_WALLETS_TERMINATED"), (response.StatusCode, body.Code()));
    }

    [Fact]
    public async Task AMasterPassword_IsNotASessionCredential()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (id, _, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w") });

        var (response, body) = await host.SendAsync(HttpMethod.Put, $"/v1/sessions/{id}/renew");

        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHORIZED"), (response.StatusCode, body.Code()));
        Assert.DoesNotContain(DaemonTestHost.Password, body.ToString(), StringComparison.Ordinal);
    }
}
