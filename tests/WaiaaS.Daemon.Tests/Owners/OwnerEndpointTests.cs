using System.Net;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Chains;
using WaiaaS.Daemon.Owners;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Owners;

public class OwnerEndpointTests
{
    [Fact]
    public async Task Nonce_NeedsNoCredential_AndIsFreshEachTime()
    {
        await using var host = await DaemonTestHost.StartAsync();

        var (response, body) = await host.SendAsync(HttpMethod.Get, "/v1/nonce", password: null);
        var second = await host.NonceAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nonce = body.GetProperty("nonce").GetString()!;
        Assert.Matches("^[0-9a-f]{32}$", nonce);
        Assert.NotEqual(nonce, second);
        Assert.Equal(host.Time.GetUtcNow().ToUnixTimeSeconds() + 300, body.GetProperty("expiresAt").GetInt64());
    }

    [Fact]
    public async Task Nonce_OutstandingAreCapped_AndExpiredOnesArePurged()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var now = host.Time.GetUtcNow().ToUnixTimeSeconds();
        await using (var db = host.Db())
        {
            db.OwnerNonces.AddRange(Enumerable.Range(0, OwnerNonceStore.MaxOutstanding).Select(i => new OwnerNonceEntity
            {
                Nonce = $"seeded{i:D26}",
                Purpose = OwnerNonceStore.Purpose,
                CreatedAt = now,
                ExpiresAt = now + 300,
            }));
            await db.SaveChangesAsync();
        }

        var (refused, body) = await host.SendAsync(HttpMethod.Get, "/v1/nonce", password: null);
        host.Time.Advance(TimeSpan.FromSeconds(301));
        var (issued, _) = await host.SendAsync(HttpMethod.Get, "/v1/nonce", password: null);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("TOO_MANY_NONCES", body.GetProperty("code").GetString());
        Assert.True(body.GetProperty("retryable").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        await using var check = host.Db();
        Assert.Equal(1, await check.OwnerNonces.CountAsync());
    }

    [Theory]
    [InlineData(ChainType.Ethereum)]
    [InlineData(ChainType.Solana)]
    public async Task SetThenVerify_LocksTheOwner_UsesTheNonce_AndAudits(ChainType chain)
    {
        await using var host = await DaemonTestHost.StartAsync();
        var key = OwnerTestKey.Create(chain);
        var id = (await host.CreateWalletAsync("w", chain == ChainType.Solana ? "solana" : "ethereum")).GetProperty("id").GetString()!;
        var input = chain == ChainType.Ethereum ? key.Address.ToLowerInvariant() : key.Address;

        var (set, setBody) = await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{id}/owner", new { ownerAddress = input });
        var nonce = await host.NonceAsync();
        var message = host.ActionMessage(key, OwnerActionMessages.VerifyStatement(id), nonce);
        var (verified, body) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/wallets/{id}/owner/verify", key, message);
        var (_, fetched) = await host.SendAsync(HttpMethod.Get, "/v1/wallets/" + id);

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal("GRACE", setBody.GetProperty("ownerState").GetString());
        Assert.Equal(key.Address, setBody.GetProperty("ownerAddress").GetString());
        Assert.True(verified.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("LOCKED", fetched.GetProperty("ownerState").GetString());
        Assert.Equal(key.Address, fetched.GetProperty("ownerAddress").GetString());
        await using var db = host.Db();
        Assert.NotNull((await db.OwnerNonces.SingleAsync(n => n.Nonce == nonce)).UsedAt);
        var audit = await db.AuditLog.Where(a => a.WalletId == id).OrderBy(a => a.Seq).Select(a => a.EventType).ToListAsync();
        Assert.Equal(["wallet.created", "wallet.owner_set", "wallet.owner_locked"], audit);
        Assert.Equal("owner:" + key.Address, (await db.AuditLog.SingleAsync(a => a.EventType == "wallet.owner_locked")).Actor);
    }

    [Fact]
    public async Task Verify_WithAGenericSiweLoginMessage_IsAccepted()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var key = OwnerTestKey.Create(ChainType.Ethereum);
        var id = (await host.CreateWalletAsync("w", "ethereum")).GetProperty("id").GetString()!;
        await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{id}/owner", new { ownerAddress = key.Address });
        var message = $"127.0.0.1:3100 wants you to sign in with your Ethereum account:\n{key.Address}\n\nSign in to my wallet daemon.\n\nURI: http://127.0.0.1:3100\nVersion: 1\nChain ID: 11155111\nNonce: {await host.NonceAsync()}\nIssued At: 2026-11-22T12:00:00Z";

        var (verified, body) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/wallets/{id}/owner/verify", key, message);

        Assert.True(verified.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("LOCKED", body.GetProperty("ownerState").GetString());
    }

    [Fact]
    public async Task Verify_ReplayedNonce_IsRefused()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var key = OwnerTestKey.Create(ChainType.Solana);
        var first = (await host.CreateWalletAsync("a")).GetProperty("id").GetString()!;
        var second = (await host.CreateWalletAsync("b")).GetProperty("id").GetString()!;
        await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{first}/owner", new { ownerAddress = key.Address });
        await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{second}/owner", new { ownerAddress = key.Address });
        var message = host.ActionMessage(key, "Prove my key", await host.NonceAsync());

        var (ok, _) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/wallets/{first}/owner/verify", key, message);
        var (replayed, body) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/wallets/{second}/owner/verify", key, message);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal("INVALID_NONCE", body.GetProperty("code").GetString());
        var (_, wallet) = await host.SendAsync(HttpMethod.Get, "/v1/wallets/" + second);
        Assert.Equal("GRACE", wallet.GetProperty("ownerState").GetString());
    }

    [Fact]
    public async Task Verify_UnknownOrExpiredNonce_IsRefused()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var key = OwnerTestKey.Create(ChainType.Ethereum);
        var id = (await host.CreateWalletAsync("w", "ethereum")).GetProperty("id").GetString()!;
        await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{id}/owner", new { ownerAddress = key.Address });
        var stale = await host.NonceAsync();
        host.Time.Advance(TimeSpan.FromSeconds(300));
        var staleMessage = OwnerActionMessages.Build(key.Chain, key.Address, "hello", stale, host.Time.GetUtcNow(), host.Time.GetUtcNow().AddMinutes(5));

        var (unknown, unknownBody) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/wallets/{id}/owner/verify", key, host.ActionMessage(key, "hello", "ffffffffffffffffffffffffffffffff"));
        var (expired, expiredBody) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/wallets/{id}/owner/verify", key, staleMessage);

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("INVALID_NONCE", unknownBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("INVALID_NONCE", expiredBody.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Verify_WrongSigner_IsRefused_AndAudited()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var owner = OwnerTestKey.Create(ChainType.Ethereum);
        var intruder = OwnerTestKey.Create(ChainType.Ethereum);
        var id = (await host.CreateWalletAsync("w", "ethereum")).GetProperty("id").GetString()!;
        await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{id}/owner", new { ownerAddress = owner.Address });
        var message = host.ActionMessage(owner, OwnerActionMessages.VerifyStatement(id), await host.NonceAsync());

        var (forged, forgedBody) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/wallets/{id}/owner/verify", owner, message, signature: intruder.Sign(message));
        var (notOwner, notOwnerBody) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/wallets/{id}/owner/verify", intruder, host.ActionMessage(intruder, "x", await host.NonceAsync()));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal("INVALID_SIGNATURE", forgedBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, notOwner.StatusCode);
        Assert.Equal("UNAUTHORIZED", notOwnerBody.GetProperty("code").GetString());
        await using var db = host.Db();
        Assert.Equal(2, await db.AuditLog.CountAsync(a => a.EventType == "owner.auth_failed"));
        Assert.Equal("GRACE", (await db.Wallets.SingleAsync(w => w.Id == id)).OwnerState.ToString().ToUpperInvariant());
    }

    [Theory]
    [InlineData("WaiaaS: activate the kill switch")]
    [InlineData("WaiaaS: verify the owner of wallet 00000000-0000-0000-0000-000000000000")]
    public async Task Verify_MessageMeantForAnotherAction_IsRefusedAndKeepsTheNonce(string statement)
    {
        await using var host = await DaemonTestHost.StartAsync();
        var key = OwnerTestKey.Create(ChainType.Solana);
        var id = (await host.CreateWalletAsync("w")).GetProperty("id").GetString()!;
        await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{id}/owner", new { ownerAddress = key.Address });
        var nonce = await host.NonceAsync();

        var (refused, body) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/wallets/{id}/owner/verify", key, host.ActionMessage(key, statement, nonce));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("INVALID_OWNER_MESSAGE", body.GetProperty("code").GetString());
        await using var db = host.Db();
        Assert.Null((await db.OwnerNonces.SingleAsync(n => n.Nonce == nonce)).UsedAt);
    }

    [Fact]
    public async Task Verify_MessageForAnotherAddressOrForeignDomain_IsRefused()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var key = OwnerTestKey.Create(ChainType.Ethereum);
        var id = (await host.CreateWalletAsync("w", "ethereum")).GetProperty("id").GetString()!;
        await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{id}/owner", new { ownerAddress = key.Address });
        var other = OwnerTestKey.Create(ChainType.Ethereum);
        var foreign = $"evil.example wants you to sign in with your Ethereum account:\n{key.Address}\n\n\nURI: https://evil.example\nVersion: 1\nChain ID: 1\nNonce: {await host.NonceAsync()}\nIssued At: 2026-11-22T12:00:00Z";

        var (otherAddress, otherBody) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/wallets/{id}/owner/verify", key, host.ActionMessage(other, "x", await host.NonceAsync()));
        var (foreignDomain, foreignBody) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/wallets/{id}/owner/verify", key, foreign);

        Assert.Equal("INVALID_OWNER_MESSAGE", otherBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, otherAddress.StatusCode);
        Assert.Equal("INVALID_OWNER_MESSAGE", foreignBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, foreignDomain.StatusCode);
    }

    [Fact]
    public async Task SetOwner_OnALockedWallet_IsRefusedUnlessUnchanged()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var key = OwnerTestKey.Create(ChainType.Ethereum);
        var id = await host.CreateVerifiedWalletAsync("w", key);

        var (changed, body) = await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{id}/owner", new { ownerAddress = OwnerTestKey.Create(ChainType.Ethereum).Address });
        var (same, sameBody) = await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{id}/owner", new { ownerAddress = key.Address.ToLowerInvariant() });
        var (again, againBody) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/wallets/{id}/owner/verify", key, host.ActionMessage(key, "again", await host.NonceAsync()));

        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.Equal("OWNER_LOCKED", body.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal("LOCKED", sameBody.GetProperty("ownerState").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("OWNER_LOCKED", againBody.GetProperty("code").GetString());
    }

    [Fact]
    public async Task SetOwner_InvalidAddressOrOneOfOurWallets_IsRefused()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var evm = await host.CreateWalletAsync("e", "ethereum");
        var sol = await host.CreateWalletAsync("s", "solana");
        var evmId = evm.GetProperty("id").GetString();

        var (wrongChain, wrongBody) = await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{evmId}/owner", new { ownerAddress = sol.GetProperty("address").GetString() });
        var (ours, oursBody) = await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{sol.GetProperty("id").GetString()}/owner", new { ownerAddress = sol.GetProperty("address").GetString() });
        var (missing, _) = await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{Guid.CreateVersion7()}/owner", new { ownerAddress = OwnerTestKey.Create(ChainType.Solana).Address });

        Assert.Equal(HttpStatusCode.BadRequest, wrongChain.StatusCode);
        Assert.Equal("INVALID_OWNER_ADDRESS", wrongBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, ours.StatusCode);
        Assert.Contains("wallet of this daemon", oursBody.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Verify_WithoutOwnerSetOrWithBadHeaders_IsRefused()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var key = OwnerTestKey.Create(ChainType.Solana);
        var id = (await host.CreateWalletAsync("w")).GetProperty("id").GetString()!;
        var message = host.ActionMessage(key, "x", await host.NonceAsync());

        var (noOwner, noOwnerBody) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/wallets/{id}/owner/verify", key, message);
        using var request = DaemonTestHost.Request(HttpMethod.Post, $"/v1/wallets/{id}/owner/verify", password: null);
        request.Headers.Add("X-Owner-Address", key.Address);
        request.Headers.Add("X-Owner-Message", "%%% not base64 %%%");
        request.Headers.Add("X-Owner-Signature", key.Sign(message));
        var badHeader = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, noOwner.StatusCode);
        Assert.Equal("OWNER_NOT_SET", noOwnerBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, badHeader.StatusCode);
    }
}
