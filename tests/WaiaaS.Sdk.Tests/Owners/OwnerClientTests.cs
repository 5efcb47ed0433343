using System.Numerics;
using System.Text.Json.Nodes;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Contracts;
using WaiaaS.Daemon.Owners;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Owners;
using WaiaaS.Sdk.Tests.Agent;
using WaiaaS.Sdk.Tests.Hosting;

namespace WaiaaS.Sdk.Tests.Owners;

/// <summary><see cref="WaiaasOwnerClient"/> with real owner keys against a real daemon (and Anvil for approvals).</summary>
public sealed class OwnerClientTests(AnvilFixture chain) : IClassFixture<AnvilFixture>
{
    [Fact]
    public async Task Verify_KillSwitch_And_Recovery_With_Operator_And_Owner()
    {
        await using var daemon = await SdkDaemon.StartAsync();
        using var op = daemon.Operator();
        var key = OwnerTestKey.Create(ChainType.Solana);
        var signer = new TestOwnerSigner(key);
        var owner = new WaiaasOwnerClient(daemon.Host.Client, signer, SdkDaemon.Options);
        var wallet = await op.CreateWalletAsync(new CreateWalletRequest("owned", "solana", "testnet"));
        await op.SetOwnerAsync(wallet.Id, owner.Address);

        signer.Corrupt = true;
        var forgedMessage = await MessageAsync(daemon, owner, key, OwnerActionMessages.VerifyStatement(wallet.Id));
        var forged = await Assert.ThrowsAsync<WaiaasApiException>(() => owner.VerifyOwnerAsync(wallet.Id, forgedMessage));
        signer.Corrupt = false;
        var verified = await owner.VerifyOwnerAsync(wallet.Id, await MessageAsync(daemon, owner, key, OwnerActionMessages.VerifyStatement(wallet.Id)));
        var locked = await owner.ActivateKillSwitchAsync(await MessageAsync(daemon, owner, key, OwnerActionMessages.KillSwitchStatement));
        var operatorAlone = await Assert.ThrowsAsync<WaiaasApiException>(() => op.RecoverFromKillSwitchAsync());
        var proof = await owner.SignAsync(await MessageAsync(daemon, owner, key, OwnerActionMessages.RecoverStatement));
        var recovered = await op.RecoverFromKillSwitchAsync(proof);

        Assert.Equal((401, "INVALID_SIGNATURE"), (forged.Status, forged.Code));
        Assert.Equal("LOCKED", verified.OwnerState);
        Assert.Equal("LOCKED", locked.State);
        Assert.Equal(403, operatorAlone.Status);
        Assert.Equal(key.Address, proof.Address);
        Assert.Equal("ACTIVE", recovered.State);
    }

    [Fact]
    public async Task Approve_And_Reject_Queued_Approvals()
    {
        await using var daemon = await SdkDaemon.StartAsync(chain.Config(), FakeTimeProvider.Live());
        using var op = daemon.Operator();
        var key = OwnerTestKey.Create(ChainType.Ethereum);
        var owner = new WaiaasOwnerClient(daemon.Host.Client, new TestOwnerSigner(key), SdkDaemon.Options);
        var wallet = await op.CreateWalletAsync(new CreateWalletRequest("approvals", "ethereum", "testnet"));
        await chain.Anvil.SetBalanceAsync(wallet.Address, BigInteger.Pow(10, 18));
        await op.SetOwnerAsync(wallet.Id, key.Address);
        await owner.VerifyOwnerAsync(wallet.Id, await MessageAsync(daemon, owner, key, OwnerActionMessages.VerifyStatement(wallet.Id)));
        await op.CreatePolicyAsync(new CreatePolicyRequest("SPENDING_LIMIT", new JsonObject { ["instant_max"] = new JsonObject { ["native"] = "10" } }, WalletId: wallet.Id));
        var agent = daemon.Agent((await op.CreateSessionAsync(new CreateSessionRequest(WalletId: wallet.Id))).Token!);
        var recipient = AgentChainTests.RandomAddress();
        var request = new SendTransactionRequest("TRANSFER", To: recipient, Amount: "500", Network: AnvilFixture.Network);

        var first = await agent.SendTransactionAsync(request);
        var second = await agent.SendTransactionAsync(request with { Amount = "600" });
        var firstApproval = (await op.GetTransactionAsync(first.Id)).Approval!;
        var secondApproval = (await op.GetTransactionAsync(second.Id)).Approval!;
        var crossed = await Assert.ThrowsAsync<WaiaasApiException>(() => owner.ApproveTransactionAsync(first.Id, firstApproval.RejectMessage!));
        var approved = await owner.ApproveTransactionAsync(first.Id, firstApproval.ApproveMessage!);
        var rejected = await owner.RejectTransactionAsync(second.Id, secondApproval.RejectMessage!);
        await AgentChainTests.WaitForAsync(agent, first.Id, "CONFIRMED");

        Assert.Equal(("QUEUED", "APPROVAL"), (first.Status, first.Tier));
        Assert.NotEqual(400, crossed.Status);
        Assert.Equal(first.Id, approved.Id);
        Assert.Equal(second.Id, rejected.Id);
        Assert.Equal("CANCELLED", (await agent.GetTransactionAsync(second.Id)).Status);
        Assert.Equal(new BigInteger(500), await chain.Anvil.BalanceAsync(recipient));
    }

    private static async Task<string> MessageAsync(SdkDaemon daemon, WaiaasOwnerClient owner, OwnerTestKey key, string statement)
    {
        var nonce = await owner.GetNonceAsync();
        var now = daemon.Time.GetUtcNow();
        return OwnerActionMessages.Build(key.Chain, key.Address, statement, nonce.Nonce, now, now.AddMinutes(5));
    }
}
