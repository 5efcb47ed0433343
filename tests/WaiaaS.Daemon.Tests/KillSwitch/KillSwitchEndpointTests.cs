using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Core.Transactions;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.KillSwitch;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Owners;

namespace WaiaaS.Daemon.Tests.KillSwitch;

public class KillSwitchEndpointTests
{
    [Fact]
    public async Task Activate_ByOperator_RevokesSessions_CancelsWaitingTransactions_SuspendsActiveWallets()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var a = await WalletAsync(host, "a");
        var b = await WalletAsync(host, "b");
        var held = await WalletAsync(host, "held");
        await host.SendAsync(HttpMethod.Post, $"/v1/wallets/{held}/suspend", new { reason = "investigating" });
        var live = await host.AddSessionAsync(a);
        var old = await host.AddSessionAsync(b, revokedAt: 1_000);
        var pending = await host.AddTransactionAsync(a, TransactionStatus.Pending);
        var queued = await host.AddTransactionAsync(b, TransactionStatus.Queued);
        var executing = await host.AddTransactionAsync(a, TransactionStatus.Executing);
        var confirmed = await host.AddTransactionAsync(a, TransactionStatus.Confirmed);
        host.Time.Advance(TimeSpan.FromSeconds(10));
        var now = host.Time.GetUtcNow().ToUnixTimeSeconds();

        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v1/admin/kill-switch", new { reason = "agent misbehaves" });

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("SUSPENDED", body.GetProperty("state").GetString());
        Assert.Equal("ACTIVE", body.GetProperty("previousState").GetString());
        Assert.Equal(1, body.GetProperty("sessionsRevoked").GetInt32());
        Assert.Equal(2, body.GetProperty("transactionsCancelled").GetInt32());
        Assert.Equal(2, body.GetProperty("walletsSuspended").GetInt32());
        await using var db = host.Db();
        Assert.Equal(now, (await db.Sessions.SingleAsync(s => s.Id == live)).RevokedAt);
        Assert.Equal(1_000, (await db.Sessions.SingleAsync(s => s.Id == old)).RevokedAt);
        foreach (var id in new[] { pending, queued })
        {
            var row = await db.Transactions.SingleAsync(t => t.Id == id);
            Assert.Equal(("CANCELLED", "KILL_SWITCH"), (row.Status, row.ErrorCode));
        }

        Assert.Equal("EXECUTING", (await db.Transactions.SingleAsync(t => t.Id == executing)).Status);
        Assert.Equal("CONFIRMED", (await db.Transactions.SingleAsync(t => t.Id == confirmed)).Status);
        var wallets = await db.Wallets.ToDictionaryAsync(w => w.Id);
        Assert.Equal((WalletStatus.Suspended, "KILL_SWITCH"), (wallets[a].Status, wallets[a].SuspensionReason));
        Assert.Equal((WalletStatus.Suspended, "KILL_SWITCH"), (wallets[b].Status, wallets[b].SuspensionReason));
        Assert.Equal("investigating", wallets[held].SuspensionReason);
        var audit = await db.AuditLog.SingleAsync(r => r.EventType == "kill_switch.activated");
        Assert.Equal("master", audit.Actor);
        Assert.Contains("\"reason\":\"agent misbehaves\"", audit.Details);
        var notification = await db.NotificationLogs.SingleAsync(n => n.EventType == "KILL_SWITCH_ACTIVATED");
        Assert.Contains("1 session(s) revoked", notification.Message);
        Assert.Equal("SUSPENDED", (await db.KeyValues.SingleAsync(k => k.Key == "kill_switch_state")).Value);
        Assert.Equal(KillSwitchState.Suspended, host.Daemon.App.Services.GetRequiredService<IKillSwitchState>().Current);
    }

    [Fact]
    public async Task WhileEngaged_NonAdminEndpointsAnswer503_ReadsAndAdminStayAvailable()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var id = await WalletAsync(host, "w");
        await host.SendAsync(HttpMethod.Post, "/v1/admin/kill-switch");

        var (create, createBody) = await host.SendAsync(HttpMethod.Post, "/v1/wallets", new { name = "x", chain = "solana" });
        var (resume, _) = await host.SendAsync(HttpMethod.Post, $"/v1/wallets/{id}/resume");
        var (owner, _) = await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{id}/owner", new { ownerAddress = OwnerTestKey.Create(Core.Chains.ChainType.Solana).Address });
        var (verify, _) = await host.SendAsync(HttpMethod.Post, $"/v1/wallets/{id}/owner/verify", password: null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, create.StatusCode);
        Assert.Equal("SYSTEM_LOCKED", createBody.GetProperty("code").GetString());
        Assert.Contains("SUSPENDED", createBody.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, resume.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, owner.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, verify.StatusCode);
        foreach (var (path, password) in new[] { ("/health", null), ("/v1/nonce", null), ("/v1/wallets", DaemonTestHost.Password), ($"/v1/wallets/{id}", DaemonTestHost.Password), ("/v1/audit-logs", DaemonTestHost.Password), ("/v1/admin/status", DaemonTestHost.Password), ("/v1/admin/kill-switch", DaemonTestHost.Password) })
        {
            var (ok, _) = await host.SendAsync(HttpMethod.Get, path, password: password);
            Assert.True(ok.StatusCode == HttpStatusCode.OK, $"{path} answered {ok.StatusCode}");
        }

        var (recovered, _) = await host.SendAsync(HttpMethod.Post, "/v1/admin/recover");
        var (after, _) = await host.SendAsync(HttpMethod.Post, "/v1/wallets", new { name = "x", chain = "solana" });
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
    }

    [Fact]
    public async Task ActivatingTwice_OrRecoveringWhenNormal_IsAConflict()
    {
        await using var host = await DaemonTestHost.StartAsync();

        var (notActivated, notBody) = await host.SendAsync(HttpMethod.Post, "/v1/admin/recover");
        await host.SendAsync(HttpMethod.Post, "/v1/admin/kill-switch");
        var (twice, twiceBody) = await host.SendAsync(HttpMethod.Post, "/v1/admin/kill-switch");

        Assert.Equal(HttpStatusCode.Conflict, notActivated.StatusCode);
        Assert.Equal("KILL_SWITCH_NOT_ACTIVATED", notBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("KILL_SWITCH_ALREADY_ACTIVATED", twiceBody.GetProperty("code").GetString());
        await using var db = host.Db();
        Assert.Equal(1, await db.AuditLog.CountAsync(r => r.EventType == "kill_switch.activated"));
    }

    [Fact]
    public async Task ConcurrentActivations_ExactlyOneWins()
    {
        await using var host = await DaemonTestHost.StartAsync();
        await WalletAsync(host, "w");

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.SendAsync(HttpMethod.Post, "/v1/admin/kill-switch")));

        Assert.Single(answers, a => a.Response.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.Response.StatusCode != HttpStatusCode.OK), a => Assert.Equal("KILL_SWITCH_ALREADY_ACTIVATED", a.Body.GetProperty("code").GetString()));
        await using var db = host.Db();
        Assert.Equal(1, await db.AuditLog.CountAsync(r => r.EventType == "kill_switch.activated"));
        Assert.Equal(1, await db.NotificationLogs.CountAsync(n => n.EventType == "KILL_SWITCH_ACTIVATED"));
    }

    [Fact]
    public async Task Recover_RestoresOnlyTheWalletsTheCascadeSuspended()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var a = await WalletAsync(host, "a");
        var b = await WalletAsync(host, "b");
        var held = await WalletAsync(host, "held");
        var session = await host.AddSessionAsync(a);
        await host.SendAsync(HttpMethod.Post, $"/v1/wallets/{held}/suspend", new { reason = "operator hold" });
        await host.SendAsync(HttpMethod.Post, "/v1/admin/kill-switch");

        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v1/admin/recover");

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("ACTIVE", body.GetProperty("state").GetString());
        Assert.Equal(2, body.GetProperty("walletsRestored").GetInt32());
        await using var db = host.Db();
        var wallets = await db.Wallets.ToDictionaryAsync(w => w.Id);
        Assert.Equal((WalletStatus.Active, null), (wallets[a].Status, wallets[a].SuspensionReason));
        Assert.Equal(WalletStatus.Active, wallets[b].Status);
        Assert.Equal((WalletStatus.Suspended, "operator hold"), (wallets[held].Status, wallets[held].SuspensionReason));
        Assert.NotNull((await db.Sessions.SingleAsync(s => s.Id == session)).RevokedAt);
        Assert.Equal(1, await db.AuditLog.CountAsync(r => r.EventType == "kill_switch.recovered"));
        Assert.Equal(1, await db.NotificationLogs.CountAsync(n => n.EventType == "KILL_SWITCH_RECOVERED"));
        Assert.True(host.Daemon.App.Services.GetRequiredService<IKillSwitchState>().IsActive);
    }

    [Fact]
    public async Task LegacyNormalValue_ReadsAsActive_AndCanBeActivated()
    {
        await using var host = await DaemonTestHost.StartAsync();
        await using (var db = host.Db())
        {
            db.KeyValues.Add(new Daemon.Storage.KeyValueEntity { Key = "kill_switch_state", Value = "NORMAL", UpdatedAt = 1 });
            await db.SaveChangesAsync();
        }

        var (status, statusBody) = await host.SendAsync(HttpMethod.Get, "/v1/admin/kill-switch");
        var (activated, body) = await host.SendAsync(HttpMethod.Post, "/v1/admin/kill-switch");

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal("ACTIVE", statusBody.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        Assert.Equal("ACTIVE", body.GetProperty("previousState").GetString());
    }

    [Theory]
    [InlineData(null, KillSwitchState.Active)]
    [InlineData("NORMAL", KillSwitchState.Active)]
    [InlineData("ACTIVE", KillSwitchState.Active)]
    [InlineData("SUSPENDED", KillSwitchState.Suspended)]
    [InlineData("LOCKED", KillSwitchState.Locked)]
    [InlineData("garbage", KillSwitchState.Suspended)]
    public void StoredValue_Interpretation(string? value, KillSwitchState expected) =>
        Assert.Equal(expected, KillSwitchStore.Interpret(value));

    [Fact]
    public async Task Status_ReportsStateAndCounts()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var a = await WalletAsync(host, "a");
        var b = await WalletAsync(host, "b");
        await host.SendAsync(HttpMethod.Post, $"/v1/wallets/{b}/suspend");
        await host.AddSessionAsync(a);
        await host.AddSessionAsync(a, revokedAt: 5);
        await host.AddTransactionAsync(a, TransactionStatus.Pending);
        await host.AddTransactionAsync(a, TransactionStatus.Queued);
        await host.AddTransactionAsync(a, TransactionStatus.Failed);
        host.Time.Advance(TimeSpan.FromSeconds(42));

        var (response, body) = await host.SendAsync(HttpMethod.Get, "/v1/admin/status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ACTIVE", body.GetProperty("killSwitch").GetString());
        Assert.Equal(2, body.GetProperty("wallets").GetInt32());
        Assert.Equal(1, body.GetProperty("activeWallets").GetInt32());
        Assert.Equal(1, body.GetProperty("suspendedWallets").GetInt32());
        Assert.Equal(1, body.GetProperty("activeSessions").GetInt32());
        Assert.Equal(2, body.GetProperty("pendingTransactions").GetInt32());
        Assert.True(body.GetProperty("uptime").GetInt64() >= 42);
        Assert.Equal(Core.ProductInfo.Version, body.GetProperty("version").GetString());
    }

    internal static async Task<string> WalletAsync(DaemonTestHost host, string name) =>
        (await host.CreateWalletAsync(name)).GetProperty("id").GetString()!;
}
