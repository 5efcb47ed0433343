using WaiaaS.Core.Chains;
using WaiaaS.Core.Contracts;
using WaiaaS.Daemon.Tests.Owners;
using WaiaaS.Sdk.Tests.Hosting;

namespace WaiaaS.Sdk.Tests.Operators;

/// <summary><see cref="WaiaasOperatorClient"/>'s wallet and session methods against a real daemon.</summary>
public sealed class OperatorWalletTests
{
    [Fact]
    public async Task Wallet_Lifecycle_From_Create_To_Purge()
    {
        await using var daemon = await SdkDaemon.StartAsync();
        using var op = daemon.Operator();
        var owner = OwnerTestKey.Create(ChainType.Solana);

        var created = await op.CreateWalletAsync(new CreateWalletRequest("treasury", "solana", "testnet"));
        var duplicate = await Assert.ThrowsAsync<WaiaasApiException>(() => op.CreateWalletAsync(new CreateWalletRequest("treasury", "solana", "testnet")));
        var listed = await op.ListWalletsAsync();
        var renamed = await op.RenameWalletAsync(created.Id, "vault");
        var fetched = await op.GetWalletAsync(created.Id);
        var networks = await op.ListWalletNetworksAsync(created.Id);
        var suspended = await op.SuspendWalletAsync(created.Id, "audit");
        var resumed = await op.ResumeWalletAsync(created.Id);
        var owned = await op.SetOwnerAsync(created.Id, owner.Address);
        var ownedAgain = await op.SetOwnerAsync(created.Id, owner.Address);
        var terminated = await op.TerminateWalletAsync(created.Id);
        var purged = await op.PurgeWalletAsync(created.Id);
        var missing = await Assert.ThrowsAsync<WaiaasApiException>(() => op.GetWalletAsync("no-such-wallet"));

        Assert.Equal(("treasury", "solana", "ACTIVE"), (created.Name, created.Chain, created.Status));
        Assert.Equal(409, duplicate.Status);
        Assert.Contains(listed.Items, w => w.Id == created.Id);
        Assert.Equal("vault", renamed.Name);
        Assert.Equal("vault", fetched.Name);
        Assert.Contains(networks.Items, n => n.Id == "solana-devnet");
        Assert.Equal(("SUSPENDED", "audit"), (suspended.Status, suspended.SuspensionReason));
        Assert.Equal("ACTIVE", resumed.Status);
        Assert.Equal((owner.Address, "GRACE"), (owned.OwnerAddress, owned.OwnerState));
        Assert.Equal("GRACE", ownedAgain.OwnerState);
        Assert.Equal("TERMINATED", terminated.Status);
        Assert.NotNull(purged.PurgedAt);
        Assert.Equal((404, "WALLET_NOT_FOUND"), (missing.Status, missing.Code));
    }

    [Fact]
    public async Task Session_Create_List_Get_Revoke_And_Rotate()
    {
        await using var daemon = await SdkDaemon.StartAsync();
        using var op = daemon.Operator();
        var wallet = await op.CreateWalletAsync(new CreateWalletRequest("agent", "ethereum", "testnet"));

        var session = await op.CreateSessionAsync(new CreateSessionRequest(WalletId: wallet.Id, Ttl: 600, MaxRenewals: 2));
        var listed = await op.ListSessionsAsync(wallet.Id);
        var fetched = await op.GetSessionAsync(session.Id);
        var revoked = await op.RevokeSessionAsync(session.Id);
        var revokedAgain = await op.RevokeSessionAsync(session.Id);
        var rotated = await op.RotateSessionSecretAsync();
        var refused = await Assert.ThrowsAsync<WaiaasApiException>(() => daemon.Agent(session.Token!).ListTransactionsAsync());
        var invalid = await Assert.ThrowsAsync<WaiaasApiException>(() => op.CreateSessionAsync(new CreateSessionRequest()));

        Assert.StartsWith("wai_sess_", session.Token);
        Assert.Equal(600, session.TtlSeconds);
        Assert.Equal(wallet.Id, Assert.Single(session.Wallets).Id);
        Assert.Contains(listed.Items, s => s.Id == session.Id);
        Assert.Null(fetched.Token);
        Assert.Equal("REVOKED", revoked.Status);
        Assert.Equal(revoked.RevokedAt, revokedAgain.RevokedAt);
        Assert.True(rotated.PreviousValidUntil >= rotated.RotatedAt);
        Assert.Equal(401, refused.Status);
        Assert.Equal(400, invalid.Status);
    }

    [Fact]
    public async Task Wrong_Password_Is_Refused_And_Never_Shown()
    {
        await using var daemon = await SdkDaemon.StartAsync();
        using var wrong = daemon.Operator("hunter2-wrong-password");
        var op = daemon.Operator();

        var error = await Assert.ThrowsAsync<WaiaasApiException>(() => wrong.ListWalletsAsync());
        var health = await op.GetHealthAsync();
        var nonce = await op.GetNonceAsync();
        op.Dispose();

        Assert.Equal(401, error.Status);
        Assert.DoesNotContain("hunter2", error.Message);
        Assert.DoesNotContain("hunter2", error.ToString());
        Assert.Equal("ok", health.Status);
        Assert.NotEmpty(nonce.Nonce);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => op.ListWalletsAsync());
    }
}
