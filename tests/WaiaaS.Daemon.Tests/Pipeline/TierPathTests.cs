using System.Net;
using System.Numerics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Chains;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Owners;

namespace WaiaaS.Daemon.Tests.Pipeline;

/// <summary>
/// Every tier path end to end through HTTP against Anvil (and Solana for the owner's Ed25519 approval): NOTIFY, DELAY
/// (waits, cancel, executes when due), APPROVAL (approve with the owner's signature, reject, expiry, replay refused).
/// Thresholds: ≤ 1000 wei INSTANT, ≤ 2000 NOTIFY, ≤ 3000 DELAY (60 s), above APPROVAL (approval_timeout 120 s).
/// </summary>
[Collection(ChainPeersDefinition.Name)]
public sealed class TierPathTests(ChainPeersFixture chains)
{
    private static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    [Fact]
    public async Task Notify_Executes_AndTheOwnerIsNotified()
    {
        await using var setup = await EvmSetupAsync(owner: null);

        var sent = await setup.Agent.SendAsync(setup.Token, Transfer(setup.Recipient, 1500));

        Assert.Equal("NOTIFY", sent.GetProperty("tier").GetString());
        await setup.Agent.WaitForAsync(setup.Token, Id(sent), "CONFIRMED");
        Assert.Equal(new BigInteger(1500), await chains.Anvil.BalanceAsync(setup.Recipient));
        await using var db = setup.Host.Db();
        Assert.Contains(await db.NotificationLogs.Select(n => n.EventType).ToListAsync(), e => e == "TX_REQUESTED");
    }

    [Fact]
    public async Task Delay_Waits_CanBeCancelled_AndOtherwiseExecutesWhenDue()
    {
        await using var setup = await EvmSetupAsync(owner: null);

        var cancelled = await setup.Agent.SendAsync(setup.Token, Transfer(setup.Recipient, 2500));
        var executed = await setup.Agent.SendAsync(setup.Token, Transfer(setup.Recipient, 2600));

        Assert.Equal("DELAY", cancelled.GetProperty("tier").GetString());
        Assert.Equal("QUEUED", cancelled.GetProperty("status").GetString());
        var (cancel, cancelBody) = await setup.Agent.AsAgentAsync(HttpMethod.Post, $"/v1/transactions/{Id(cancelled)}/cancel", setup.Token);
        Assert.True(cancel.StatusCode == HttpStatusCode.OK, cancelBody.ToString());
        Assert.Equal("CANCELLED", cancelBody.GetProperty("status").GetString());

        await Task.Delay(1500); // two sweeps: nothing is due yet
        Assert.Equal("QUEUED", (await GetAsync(setup, Id(executed))).GetProperty("status").GetString());
        setup.Host.Time.Advance(TimeSpan.FromSeconds(61));
        await setup.Agent.WaitForAsync(setup.Token, Id(executed), "CONFIRMED");

        Assert.Equal(new BigInteger(2600), await chains.Anvil.BalanceAsync(setup.Recipient));
        Assert.Equal("CANCELLED", (await GetAsync(setup, Id(cancelled))).GetProperty("status").GetString());
        var (again, _) = await setup.Agent.AsAgentAsync(HttpMethod.Post, $"/v1/transactions/{Id(executed)}/cancel", setup.Token);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Approval_ApprovedByTheOwnersSignature_Confirms_AndTheMessageCannotBeReplayed()
    {
        var owner = OwnerTestKey.Create(ChainType.Ethereum);
        await using var setup = await EvmSetupAsync(owner);

        var first = await setup.Agent.SendAsync(setup.Token, Transfer(setup.Recipient, 5000));
        var second = await setup.Agent.SendAsync(setup.Token, Transfer(setup.Recipient, 6000));
        Assert.Equal("APPROVAL", first.GetProperty("tier").GetString());
        Assert.Equal("QUEUED", first.GetProperty("status").GetString());

        var approval = (await GetAsync(setup, Id(first))).GetProperty("approval");
        var approveMessage = approval.GetProperty("approveMessage").GetString()!;
        var rejectMessage = approval.GetProperty("rejectMessage").GetString()!;
        Assert.Contains(Id(first), approveMessage);

        // Signed by someone else, bound to another transaction, or the other action: refused, nothing changes.
        var stranger = OwnerTestKey.Create(ChainType.Ethereum);
        var (wrongSigner, _) = await setup.Host.SendOwnerAsync(HttpMethod.Post, $"/v1/transactions/{Id(first)}/approve", stranger, approveMessage);
        var (otherTx, otherBody) = await setup.Host.SendOwnerAsync(HttpMethod.Post, $"/v1/transactions/{Id(second)}/approve", owner, approveMessage);
        var (otherAction, _) = await setup.Host.SendOwnerAsync(HttpMethod.Post, $"/v1/transactions/{Id(first)}/approve", owner, rejectMessage);
        Assert.NotEqual(HttpStatusCode.OK, wrongSigner.StatusCode);
        Assert.True(otherTx.StatusCode == HttpStatusCode.Forbidden, otherBody.ToString());
        Assert.Equal("APPROVAL_INVALID", otherBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, otherAction.StatusCode);

        var (approved, approvedBody) = await setup.Host.SendOwnerAsync(HttpMethod.Post, $"/v1/transactions/{Id(first)}/approve", owner, approveMessage);
        Assert.True(approved.StatusCode == HttpStatusCode.OK, approvedBody.ToString());
        await setup.Agent.WaitForAsync(setup.Token, Id(first), "CONFIRMED");

        var (replayed, replayBody) = await setup.Host.SendOwnerAsync(HttpMethod.Post, $"/v1/transactions/{Id(first)}/approve", owner, approveMessage);
        Assert.NotEqual(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains(replayBody.GetProperty("code").GetString(), new[] { "APPROVAL_INVALID", "INVALID_TRANSACTION_STATE" });
        Assert.Equal(new BigInteger(5000), await chains.Anvil.BalanceAsync(setup.Recipient));
        Assert.Equal("QUEUED", (await GetAsync(setup, Id(second))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Approval_Rejected_OrExpired_NeverReachesTheChain()
    {
        var owner = OwnerTestKey.Create(ChainType.Ethereum);
        await using var setup = await EvmSetupAsync(owner);

        var rejected = await setup.Agent.SendAsync(setup.Token, Transfer(setup.Recipient, 7000));
        var expiring = await setup.Agent.SendAsync(setup.Token, Transfer(setup.Recipient, 8000));
        var rejectMessage = (await GetAsync(setup, Id(rejected))).GetProperty("approval").GetProperty("rejectMessage").GetString()!;
        var (reject, rejectBody) = await setup.Host.SendOwnerAsync(HttpMethod.Post, $"/v1/transactions/{Id(rejected)}/reject", owner, rejectMessage);
        Assert.True(reject.StatusCode == HttpStatusCode.OK, rejectBody.ToString());

        setup.Host.Time.Advance(TimeSpan.FromSeconds(121));
        var expired = await setup.Agent.WaitForAsync(setup.Token, Id(expiring), "EXPIRED");

        Assert.Equal("APPROVAL_EXPIRED", expired.GetProperty("error").GetProperty("code").GetString());
        var done = await GetAsync(setup, Id(rejected));
        Assert.Equal("CANCELLED", done.GetProperty("status").GetString());
        Assert.Equal("OWNER_REJECTED", done.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(BigInteger.Zero, await chains.Anvil.BalanceAsync(setup.Recipient));
        var (lateApprove, _) = await setup.Host.SendOwnerAsync(HttpMethod.Post, $"/v1/transactions/{Id(expiring)}/approve", owner,
            (await setup.Host.Db().PendingApprovals.SingleAsync(a => a.TxId == Id(expiring))).Message!);
        Assert.NotEqual(HttpStatusCode.OK, lateApprove.StatusCode);
    }

    [Fact]
    public async Task Solana_Approval_WithAnEd25519OwnerSignature_Confirms()
    {
        var owner = OwnerTestKey.Create(ChainType.Solana);
        await using var host = await DaemonTestHost.StartAsync(chains.Config(), time: FakeTimeProvider.Live());
        var agent = new AgentClient(host);
        var walletId = await host.CreateVerifiedWalletAsync("sol-owned", owner);
        var address = (await host.SendAsync(HttpMethod.Get, $"/v1/wallets/{walletId}")).Body.GetProperty("address").GetString()!;
        await chains.Solana.AirdropAsync(address, 2_000_000_000);
        var (_, recipient) = await agent.WalletAsync("sol-recipient", "solana");
        await PolicyAsync(host, walletId, new { delay_max = new Dictionary<string, string> { ["native"] = "1000" } });
        var token = await agent.SessionAsync(walletId);

        var sent = await agent.SendAsync(token, new { type = "TRANSFER", to = recipient, amount = "1000000" });
        Assert.Equal("APPROVAL", sent.GetProperty("tier").GetString());
        var message = (await agent.AsAgentAsync(HttpMethod.Get, $"/v1/transactions/{Id(sent)}", token)).Body.GetProperty("approval").GetProperty("approveMessage").GetString()!;
        var (approved, body) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/transactions/{Id(sent)}/approve", owner, message);

        Assert.True(approved.StatusCode == HttpStatusCode.OK, body.ToString());
        await agent.WaitForAsync(token, Id(sent), "CONFIRMED");
        Assert.Equal(1_000_000UL, await chains.Solana.BalanceAsync(recipient));
    }

    private async Task<Setup> EvmSetupAsync(OwnerTestKey? owner)
    {
        var host = await DaemonTestHost.StartAsync(chains.Config(), time: FakeTimeProvider.Live());
        var agent = new AgentClient(host);
        string walletId;
        string address;
        if (owner is null)
        {
            (walletId, address) = await agent.WalletAsync("evm", "ethereum");
        }
        else
        {
            walletId = await host.CreateVerifiedWalletAsync("evm-owned", owner);
            address = (await host.SendAsync(HttpMethod.Get, $"/v1/wallets/{walletId}")).Body.GetProperty("address").GetString()!;
        }

        await chains.Anvil.SetBalanceAsync(address, Ether);
        await PolicyAsync(host, walletId, new
        {
            instant_max = new Dictionary<string, string> { ["native"] = "1000" },
            notify_max = new Dictionary<string, string> { ["native"] = "2000" },
            delay_max = new Dictionary<string, string> { ["native"] = "3000" },
            delay_seconds = 60,
            approval_timeout = 120,
        });
        var recipient = "0x" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
        return new Setup(host, agent, await agent.SessionAsync(walletId), recipient);
    }

    private static async Task PolicyAsync(DaemonTestHost host, string walletId, object rules)
    {
        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v1/policies", new { walletId, type = "SPENDING_LIMIT", rules });
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
    }

    private static object Transfer(string to, long wei) => new { type = "TRANSFER", to, amount = wei.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static string Id(JsonElement sent) => sent.GetProperty("id").GetString()!;

    private static async Task<JsonElement> GetAsync(Setup setup, string id) =>
        (await setup.Agent.AsAgentAsync(HttpMethod.Get, $"/v1/transactions/{id}", setup.Token)).Body;

    private sealed record Setup(DaemonTestHost Host, AgentClient Agent, string Token, string Recipient) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Host.DisposeAsync();
    }
}
