using System.Net;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Chains;
using WaiaaS.Daemon.Owners;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Owners;

namespace WaiaaS.Daemon.Tests.KillSwitch;

public class OwnerKillSwitchTests
{
    [Theory]
    [InlineData(ChainType.Ethereum)]
    [InlineData(ChainType.Solana)]
    public async Task VerifiedOwner_LocksTheSystem_WithTheCascade(ChainType chain)
    {
        await using var host = await DaemonTestHost.StartAsync();
        var key = OwnerTestKey.Create(chain);
        var id = await host.CreateVerifiedWalletAsync("owned", key);
        await host.AddSessionAsync(id);

        var (response, body) = await host.SendOwnerAsync(HttpMethod.Post, "/v1/owner/kill-switch", key,
            host.ActionMessage(key, OwnerActionMessages.KillSwitchStatement, await host.NonceAsync()));

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("LOCKED", body.GetProperty("state").GetString());
        Assert.Equal(1, body.GetProperty("sessionsRevoked").GetInt32());
        Assert.Equal(1, body.GetProperty("walletsSuspended").GetInt32());
        await using var db = host.Db();
        Assert.Equal("owner:" + key.Address, (await db.AuditLog.SingleAsync(r => r.EventType == "kill_switch.activated")).Actor);
    }

    [Fact]
    public async Task Owner_CanEscalateSuspendedToLocked_WhileEverythingElseAnswers503()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var key = OwnerTestKey.Create(ChainType.Solana);
        await host.CreateVerifiedWalletAsync("owned", key);
        await host.SendAsync(HttpMethod.Post, "/v1/admin/kill-switch");

        var (response, body) = await host.SendOwnerAsync(HttpMethod.Post, "/v1/owner/kill-switch", key,
            host.ActionMessage(key, OwnerActionMessages.KillSwitchStatement, await host.NonceAsync()));

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("LOCKED", body.GetProperty("state").GetString());
        Assert.Equal("SUSPENDED", body.GetProperty("previousState").GetString());
        var (create, createBody) = await host.SendAsync(HttpMethod.Post, "/v1/wallets", new { name = "x", chain = "solana" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, create.StatusCode);
        Assert.Contains("LOCKED", createBody.GetProperty("message").GetString());
    }

    [Fact]
    public async Task OwnerActivation_NeedsTheKillSwitchStatement_AFreshNonce_AndAVerifiedOwner()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var key = OwnerTestKey.Create(ChainType.Ethereum);
        await host.CreateVerifiedWalletAsync("owned", key);
        var grace = OwnerTestKey.Create(ChainType.Ethereum);
        var graceWallet = await KillSwitchEndpointTests.WalletAsync(host, "grace");
        await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{graceWallet}/owner", new { ownerAddress = grace.Address });

        var (wrongStatement, wrongBody) = await host.SendOwnerAsync(HttpMethod.Post, "/v1/owner/kill-switch", key,
            host.ActionMessage(key, OwnerActionMessages.RecoverStatement, await host.NonceAsync()));
        var (unverified, unverifiedBody) = await host.SendOwnerAsync(HttpMethod.Post, "/v1/owner/kill-switch", grace,
            host.ActionMessage(grace, OwnerActionMessages.KillSwitchStatement, await host.NonceAsync()));
        var used = await host.NonceAsync();
        var message = host.ActionMessage(key, OwnerActionMessages.KillSwitchStatement, used);
        var (first, _) = await host.SendOwnerAsync(HttpMethod.Post, "/v1/owner/kill-switch", key, message);

        Assert.Equal("INVALID_OWNER_MESSAGE", wrongBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongStatement.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unverified.StatusCode);
        Assert.Equal("UNAUTHORIZED", unverifiedBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
    }

    [Fact]
    public async Task ReplayedOwnerActivation_IsRefused()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var key = OwnerTestKey.Create(ChainType.Solana);
        await host.CreateVerifiedWalletAsync("owned", key);
        var activation = host.ActionMessage(key, OwnerActionMessages.KillSwitchStatement, await host.NonceAsync());
        await host.SendOwnerAsync(HttpMethod.Post, "/v1/owner/kill-switch", key, activation);
        var recover = host.ActionMessage(key, OwnerActionMessages.RecoverStatement, await host.NonceAsync());
        var (recovered, recoveredBody) = await host.SendOwnerAsync(HttpMethod.Post, "/v1/admin/recover", key, recover, password: DaemonTestHost.Password);

        var (replayed, body) = await host.SendOwnerAsync(HttpMethod.Post, "/v1/owner/kill-switch", key, activation);

        Assert.True(recovered.StatusCode == HttpStatusCode.OK, recoveredBody.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal("INVALID_NONCE", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task RecoverFromLocked_NeedsMasterAndAVerifiedOwnersRecoverySignature()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var key = OwnerTestKey.Create(ChainType.Ethereum);
        var id = await host.CreateVerifiedWalletAsync("owned", key);
        await host.SendOwnerAsync(HttpMethod.Post, "/v1/owner/kill-switch", key, host.ActionMessage(key, OwnerActionMessages.KillSwitchStatement, await host.NonceAsync()));
        var stranger = OwnerTestKey.Create(ChainType.Ethereum);

        var (masterOnly, masterOnlyBody) = await host.SendAsync(HttpMethod.Post, "/v1/admin/recover");
        var recovery = host.ActionMessage(key, OwnerActionMessages.RecoverStatement, await host.NonceAsync());
        var (ownerOnly, _) = await host.SendOwnerAsync(HttpMethod.Post, "/v1/admin/recover", key, recovery);
        var (strangerSigned, strangerBody) = await host.SendOwnerAsync(HttpMethod.Post, "/v1/admin/recover", stranger,
            host.ActionMessage(stranger, OwnerActionMessages.RecoverStatement, await host.NonceAsync()), password: DaemonTestHost.Password);
        var (wrongStatement, wrongBody) = await host.SendOwnerAsync(HttpMethod.Post, "/v1/admin/recover", key,
            host.ActionMessage(key, OwnerActionMessages.KillSwitchStatement, await host.NonceAsync()), password: DaemonTestHost.Password);
        var (both, bothBody) = await host.SendOwnerAsync(HttpMethod.Post, "/v1/admin/recover", key, recovery, password: DaemonTestHost.Password);

        Assert.Equal(HttpStatusCode.Forbidden, masterOnly.StatusCode);
        Assert.Equal("OWNER_SIGNATURE_REQUIRED", masterOnlyBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, ownerOnly.StatusCode);
        Assert.Equal("UNAUTHORIZED", strangerBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, strangerSigned.StatusCode);
        Assert.Equal("INVALID_OWNER_MESSAGE", wrongBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongStatement.StatusCode);
        Assert.True(both.StatusCode == HttpStatusCode.OK, bothBody.ToString());
        Assert.Equal("LOCKED", bothBody.GetProperty("previousState").GetString());
        var (_, wallet) = await host.SendAsync(HttpMethod.Get, "/v1/wallets/" + id);
        Assert.Equal("ACTIVE", wallet.GetProperty("status").GetString());
        await using var db = host.Db();
        Assert.Contains("\"owner\":\"" + key.Address + "\"", (await db.AuditLog.SingleAsync(r => r.EventType == "kill_switch.recovered")).Details);
    }
}
