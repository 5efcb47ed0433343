using System.Net;
using WaiaaS.Core.Sessions;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Storage;

namespace WaiaaS.Daemon.Tests.Sessions;

public class SessionLifecycleTests
{
    [Fact]
    public async Task Create_ReturnsTheTokenOnce_WithConfiguredLimits_AndStoresOnlyItsHash()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var wallet = await host.WalletIdAsync("agent-wallet");
        var now = host.Time.GetUtcNow().ToUnixTimeSeconds();

        var (id, token, body) = await host.NewSessionAsync(new { walletId = wallet });

        Assert.StartsWith("wai_sess_", token, StringComparison.Ordinal);
        var claims = SessionTokenCodec.DecodeUntrusted(token).Value!;
        Assert.Equal(id, claims.SessionId);
        Assert.Equal([wallet], claims.WalletIds.ToArray());
        Assert.Equal(now + 86400, body.GetProperty("expiresAt").GetInt64());
        Assert.Equal(now + 2_592_000, body.GetProperty("absoluteExpiresAt").GetInt64());
        Assert.Equal(30, body.GetProperty("renewalsRemaining").GetInt32());
        Assert.Equal(0, body.GetProperty("renewalCount").GetInt32());
        Assert.Equal("agent-wallet", body.GetProperty("wallets")[0].GetProperty("name").GetString());
        Assert.Equal(("ACTIVE", "api"), (body.GetProperty("status").GetString(), body.GetProperty("source").GetString()));
        Assert.Equal(SessionTokenCodec.Hash(token), Sql.Scalar(host.DatabaseFile(), $"SELECT token_hash FROM sessions WHERE id = '{id}'"));

        var (_, fetched) = await host.SendAsync(HttpMethod.Get, $"/v1/sessions/{id}");
        Assert.Equal(JsonValueKindNull, fetched.GetProperty("token").ValueKind);
        foreach (var file in Directory.GetFiles(Path.Combine(host.Root, "data")))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            Assert.DoesNotContain(token.Split('.')[2], await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Create_WithExplicitZero_IsUnlimited()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var wallet = await host.WalletIdAsync("w");

        var (_, _, body) = await host.NewSessionAsync(new { walletId = wallet, ttl = 600, maxRenewals = 0, absoluteLifetime = 0 });

        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("absoluteExpiresAt").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("renewalsRemaining").ValueKind);
        Assert.Equal(host.Time.GetUtcNow().ToUnixTimeSeconds() + 600, body.GetProperty("expiresAt").GetInt64());
    }

    [Fact]
    public async Task Create_RefusesUnknownInactiveAndMalformedWallets()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var active = await host.WalletIdAsync("active");
        var suspended = await host.WalletIdAsync("suspended");
        await host.SendAsync(HttpMethod.Post, $"/v1/wallets/{suspended}/suspend", new { reason = "test" });
        var terminated = await host.WalletIdAsync("terminated");
        await host.SendAsync(HttpMethod.Delete, $"/v1/wallets/{terminated}");

        Assert.Equal("WALLET_NOT_FOUND", (await host.CreateSessionAsync(new { walletId = Guid.NewGuid().ToString() })).Body.Code());
        Assert.Equal("WALLET_SUSPENDED", (await host.CreateSessionAsync(new { walletIds = new[] { active, suspended } })).Body.Code());
        Assert.Equal("WALLET_TERMINATED", (await host.CreateSessionAsync(new { walletId = terminated })).Body.Code());
        Assert.Equal("VALIDATION_FAILED", (await host.CreateSessionAsync(new { walletId = active, walletIds = new[] { active } })).Body.Code());
        Assert.Equal("VALIDATION_FAILED", (await host.CreateSessionAsync(new { walletIds = new[] { active, active } })).Body.Code());
        Assert.Equal("VALIDATION_FAILED", (await host.CreateSessionAsync(new { walletId = active, ttl = -1 })).Body.Code());
        Assert.Equal("VALIDATION_FAILED", (await host.CreateSessionAsync(new { walletId = active, source = "web" })).Body.Code());
        Assert.Equal(0, host.Scalar("SELECT COUNT(*) FROM sessions"));
    }

    [Fact]
    public async Task MaxSessionsPerWallet_CountsActiveSessionsOnly()
    {
        await using var host = await DaemonTestHost.StartAsync(DaemonTestHost.TestConfig(s => s with { MaxSessionsPerWallet = 2 }));
        var wallet = await host.WalletIdAsync("w");
        var other = await host.WalletIdAsync("other");
        var (first, _, _) = await host.NewSessionAsync(new { walletId = wallet });
        await host.NewSessionAsync(new { walletId = wallet, ttl = 60 });

        var (refused, body) = await host.CreateSessionAsync(new { walletIds = new[] { other, wallet } });
        Assert.Equal((HttpStatusCode.Conflict, "SESSION_LIMIT_REACHED"), (refused.StatusCode, body.Code()));
        await host.NewSessionAsync(new { walletId = other });

        await host.SendAsync(HttpMethod.Delete, $"/v1/sessions/{first}");
        await host.NewSessionAsync(new { walletId = wallet });
        Assert.Equal("SESSION_LIMIT_REACHED", (await host.CreateSessionAsync(new { walletId = wallet })).Body.Code());
        host.Time.Advance(TimeSpan.FromSeconds(60));
        await host.NewSessionAsync(new { walletId = wallet });
    }

    [Fact]
    public async Task ListFiltersByWallet_AndRevokeStopsTheToken()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var a = await host.WalletIdAsync("a");
        var b = await host.WalletIdAsync("b");
        var (sessionA, tokenA, _) = await host.NewSessionAsync(new { walletId = a });
        await host.NewSessionAsync(new { walletIds = new[] { a, b } });

        var (_, all) = await host.SendAsync(HttpMethod.Get, "/v1/sessions");
        var (_, onlyB) = await host.SendAsync(HttpMethod.Get, $"/v1/sessions?walletId={b}");
        Assert.Equal(2, all.GetProperty("items").GetArrayLength());
        Assert.Equal(1, onlyB.GetProperty("items").GetArrayLength());
        Assert.Equal(["a", "b"], onlyB.GetProperty("items")[0].GetProperty("wallets").EnumerateArray().Select(w => w.GetProperty("name").GetString()).Order());

        var (revoked, revokedBody) = await host.SendAsync(HttpMethod.Delete, $"/v1/sessions/{sessionA}");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal("REVOKED", revokedBody.GetProperty("status").GetString());
        var (refused, body) = await host.RenewAsync(sessionA, tokenA);
        Assert.Equal((HttpStatusCode.Unauthorized, "SESSION_REVOKED"), (refused.StatusCode, body.Code()));
        Assert.NotNull(body.GetProperty("hint").GetString());
        Assert.Equal("SESSION_NOT_FOUND", (await host.SendAsync(HttpMethod.Delete, $"/v1/sessions/{Guid.NewGuid()}")).Body.Code());
        Assert.Equal("SESSION_NOT_FOUND", (await host.SendAsync(HttpMethod.Get, $"/v1/sessions/{Guid.NewGuid()}")).Body.Code());
        Assert.Equal(1, host.Scalar($"SELECT COUNT(*) FROM audit_log WHERE event_type = 'session.revoked' AND session_id = '{sessionA}'"));
        Assert.Equal(2, host.Scalar("SELECT COUNT(*) FROM audit_log WHERE event_type = 'session.created'"));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
