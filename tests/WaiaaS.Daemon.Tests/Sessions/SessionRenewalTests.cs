using System.Net;
using WaiaaS.Core.Sessions;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Sessions;

public class SessionRenewalTests
{
    [Fact]
    public async Task Renew_AfterHalfTheTtl_IssuesANewTokenAndCountsIt()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var wallet = await host.WalletIdAsync("w");
        var (id, token, _) = await host.NewSessionAsync(new { walletId = wallet, ttl = 3600 });
        host.Time.Advance(TimeSpan.FromSeconds(1800));

        var (response, body) = await host.RenewAsync(id, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var renewed = body.GetProperty("token").GetString()!;
        Assert.NotEqual(token, renewed);
        var now = host.Time.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal(now + 3600, body.GetProperty("expiresAt").GetInt64());
        Assert.Equal(now + 3600, SessionTokenCodec.DecodeUntrusted(renewed).Value!.ExpiresAt);
        Assert.Equal((1, 29), (body.GetProperty("renewalCount").GetInt32(), body.GetProperty("renewalsRemaining").GetInt32()));
        Assert.Equal(now - 1800 + 2_592_000, body.GetProperty("absoluteExpiresAt").GetInt64());
        Assert.Equal(SessionTokenCodec.Hash(renewed), Storage.Sql.Scalar(host.DatabaseFile(), $"SELECT token_hash FROM sessions WHERE id = '{id}'"));
        Assert.Equal(1, host.Scalar($"SELECT COUNT(*) FROM audit_log WHERE event_type = 'session.renewed' AND session_id = '{id}'"));

        host.Time.Advance(TimeSpan.FromSeconds(1800));
        Assert.Equal(HttpStatusCode.OK, (await host.RenewAsync(id, renewed)).Response.StatusCode);
    }

    [Fact]
    public async Task Renew_TooEarly_Is409()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (id, token, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w"), ttl = 3600 });
        host.Time.Advance(TimeSpan.FromSeconds(1799));

        var (response, body) = await host.RenewAsync(id, token);

        Assert.Equal((HttpStatusCode.Conflict, "RENEWAL_TOO_EARLY"), (response.StatusCode, body.Code()));
        Assert.True(body.GetProperty("retryable").GetBoolean());
    }

    [Fact]
    public async Task Renew_AnotherSessionsId_Is404()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var wallet = await host.WalletIdAsync("w");
        var (_, token, _) = await host.NewSessionAsync(new { walletId = wallet });
        var (other, _, _) = await host.NewSessionAsync(new { walletId = wallet });
        host.Time.Advance(TimeSpan.FromHours(12));

        var (response, body) = await host.RenewAsync(other, token);
        var (unknown, unknownBody) = await host.RenewAsync(Guid.NewGuid().ToString(), token);

        Assert.Equal((HttpStatusCode.NotFound, "SESSION_NOT_FOUND"), (response.StatusCode, body.Code()));
        Assert.Equal((HttpStatusCode.NotFound, "SESSION_NOT_FOUND"), (unknown.StatusCode, unknownBody.Code()));
    }

    [Fact]
    public async Task Renew_Revoked_Is401SessionRevoked()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (id, token, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w") });
        host.Time.Advance(TimeSpan.FromHours(12));
        await host.SendAsync(HttpMethod.Delete, $"/v1/sessions/{id}");

        var (response, body) = await host.RenewAsync(id, token);

        Assert.Equal((HttpStatusCode.Unauthorized, "SESSION_REVOKED"), (response.StatusCode, body.Code()));
    }

    [Fact]
    public async Task Renew_WithTheReplacedToken_IsAConflict_WithinTheGrace_AndRefusedAfterIt()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (id, token, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w"), ttl = 3600 });
        host.Time.Advance(TimeSpan.FromSeconds(1800));
        Assert.Equal(HttpStatusCode.OK, (await host.RenewAsync(id, token)).Response.StatusCode);

        // Within session_renewal_grace (60 s) the old token still authenticates: the renew endpoint answers its own
        // table's RENEWAL_CONFLICT, not 401.
        host.Time.Advance(TimeSpan.FromSeconds(59));
        var (inGrace, inGraceBody) = await host.RenewAsync(id, token);
        Assert.Equal((HttpStatusCode.Conflict, "RENEWAL_CONFLICT"), (inGrace.StatusCode, inGraceBody.Code()));

        host.Time.Advance(TimeSpan.FromSeconds(1));
        var (after, afterBody) = await host.RenewAsync(id, token);
        Assert.Equal((HttpStatusCode.Unauthorized, "SESSION_TOKEN_REPLACED"), (after.StatusCode, afterBody.Code()));
    }

    [Fact]
    public async Task Renew_Concurrently_WithOneToken_ExactlyOneWins()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (id, token, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w"), ttl = 3600 });
        host.Time.Advance(TimeSpan.FromSeconds(1800));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.RenewAsync(id, token)));

        Assert.Single(results, r => r.Response.StatusCode == HttpStatusCode.OK);
        Assert.All(results.Where(r => r.Response.StatusCode != HttpStatusCode.OK), r => Assert.Equal("RENEWAL_CONFLICT", r.Body.Code()));
        Assert.Equal(1, host.Scalar($"SELECT renewal_count FROM sessions WHERE id = '{id}'"));
    }

    [Fact]
    public async Task Renew_WhenRenewalsAreUsedUp_Is403LimitReached()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (id, token, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w"), ttl = 3600, maxRenewals = 1 });
        host.Time.Advance(TimeSpan.FromSeconds(1800));
        var (_, first) = await host.RenewAsync(id, token);
        Assert.Equal(0, first.GetProperty("renewalsRemaining").GetInt32());
        host.Time.Advance(TimeSpan.FromSeconds(1800));

        var (response, body) = await host.RenewAsync(id, first.GetProperty("token").GetString());

        Assert.Equal((HttpStatusCode.Forbidden, "RENEWAL_LIMIT_REACHED"), (response.StatusCode, body.Code()));
    }

    [Fact]
    public async Task Renew_WhenTheTokenAlreadyRunsToTheAbsoluteExpiry_Is403LifetimeExceeded()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (id, token, created) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w"), ttl = 3600, absoluteLifetime = 5400 });
        var absolute = created.GetProperty("absoluteExpiresAt").GetInt64();
        host.Time.Advance(TimeSpan.FromSeconds(1800));
        var (_, first) = await host.RenewAsync(id, token);
        Assert.Equal(absolute, first.GetProperty("expiresAt").GetInt64());
        host.Time.Advance(TimeSpan.FromSeconds(1800));

        var (response, body) = await host.RenewAsync(id, first.GetProperty("token").GetString());

        Assert.Equal((HttpStatusCode.Forbidden, "SESSION_LIFETIME_EXCEEDED"), (response.StatusCode, body.Code()));
        host.Time.Advance(TimeSpan.FromSeconds(1800));
        Assert.Equal("SESSION_EXPIRED", (await host.RenewAsync(id, first.GetProperty("token").GetString())).Body.Code());
    }
}
