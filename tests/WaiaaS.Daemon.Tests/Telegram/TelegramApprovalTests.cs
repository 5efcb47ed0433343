using System.Net;
using System.Numerics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Chains;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Owners;
using WaiaaS.Daemon.Tests.Pipeline;

namespace WaiaaS.Daemon.Tests.Telegram;

/// <summary>
/// Owner approval and cancel from Telegram against Anvil. Thresholds as in TierPathTests: ≤ 1000 wei INSTANT,
/// ≤ 2000 NOTIFY, ≤ 3000 DELAY (60 s), above APPROVAL (an owner verified, else APPROVAL becomes DELAY).
/// </summary>
[Collection(ChainPeersDefinition.Name)]
public sealed class TelegramApprovalTests(ChainPeersFixture chains)
{
    [Fact]
    public async Task Approval_FromTelegram_WithTheOwnersSignature_ConfirmsOnAnvil_Once()
    {
        var owner = OwnerTestKey.Create(ChainType.Ethereum);
        await using var bot = await TelegramTestBot.StartAsync(chains.Config(), FakeTimeProvider.Live());
        var walletId = await bot.Host.CreateVerifiedWalletAsync("tg-owned", owner);
        var (agent, token, address, recipient) = await SetupAsync(bot.Host, walletId);
        var first = Id(await agent.SendAsync(token, Transfer(recipient, 5000)));
        var second = Id(await agent.SendAsync(token, Transfer(recipient, 6000)));

        var pending = await bot.AskAsync("/pending");
        Assert.Contains($"{first}: APPROVAL 5000 base units to {recipient}", pending.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("a:" + first, pending.CallbackData);
        Assert.Contains("r:" + first, pending.CallbackData);
        Assert.Contains("c:" + first, pending.CallbackData);

        // The button shows the exact owner message; a chat alone approves nothing.
        var ask = await bot.PressAsync("a:" + first);
        var message = ask.Text[(ask.Text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
        Assert.Equal(await ApproveMessageAsync(bot.Host, first), message);
        Assert.Equal("QUEUED", await StatusAsync(bot.Host, first));

        var stranger = OwnerTestKey.Create(ChainType.Ethereum);
        Assert.Contains("Not approved", (await bot.AskAsync($"/approve {second} {stranger.Sign(await ApproveMessageAsync(bot.Host, second))}")).Text, StringComparison.Ordinal);
        Assert.Contains("Not approved", (await bot.AskAsync($"/approve {second} {owner.Sign(message)}")).Text, StringComparison.Ordinal);
        Assert.Equal("QUEUED", await StatusAsync(bot.Host, second));

        var signature = owner.Sign(message);
        Assert.Contains("Approved", (await bot.AskAsync($"/approve {first} {signature}")).Text, StringComparison.Ordinal);
        await agent.WaitForAsync(token, first, "CONFIRMED");
        Assert.Equal(new BigInteger(5000), await chains.Anvil.BalanceAsync(recipient));
        Assert.DoesNotContain("Approved", (await bot.AskAsync($"/approve {first} {signature}")).Text, StringComparison.Ordinal);

        await using var db = bot.Host.Db();
        Assert.Equal("telegram", (await db.PendingApprovals.SingleAsync(a => a.TxId == first)).Channel);
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.EventType == AuditEvents.TransactionApproved && a.TransactionId == first && a.Actor == "telegram:4242"));
        Assert.Equal("QUEUED", await StatusAsync(bot.Host, second));
        Assert.Equal(1, await chains.Anvil.NonceAsync(address));
    }

    [Fact]
    public async Task Delay_CancelledFromTelegram_NeverReachesTheChain()
    {
        await using var bot = await TelegramTestBot.StartAsync(chains.Config(), FakeTimeProvider.Live());
        var (agent, token, address, recipient) = await SetupAsync(bot.Host, null);
        var cancelled = Id(await agent.SendAsync(token, Transfer(recipient, 2500)));
        var executed = Id(await agent.SendAsync(token, Transfer(recipient, 2600)));
        Assert.Equal("QUEUED", await StatusAsync(bot.Host, cancelled));

        Assert.Contains("CANCELLED", (await bot.PressAsync("c:" + cancelled)).Text, StringComparison.Ordinal);
        Assert.Equal("CANCELLED", await StatusAsync(bot.Host, cancelled));
        Assert.Contains("Not cancelled", (await bot.AskAsync("/cancel " + cancelled)).Text, StringComparison.Ordinal);

        bot.Host.Time.Advance(TimeSpan.FromSeconds(61));
        await agent.WaitForAsync(token, executed, "CONFIRMED");
        Assert.Equal("CANCELLED", await StatusAsync(bot.Host, cancelled));
        Assert.Equal(new BigInteger(2600), await chains.Anvil.BalanceAsync(recipient));
        Assert.Equal(1, await chains.Anvil.NonceAsync(address));
        await using var db = bot.Host.Db();
        Assert.True(await db.AuditLog.AnyAsync(a => a.TransactionId == cancelled && a.Actor == "telegram:4242"));
    }

    private async Task<(AgentClient Agent, string Token, string Address, string Recipient)> SetupAsync(DaemonTestHost host, string? walletId)
    {
        var agent = new AgentClient(host);
        string address;
        if (walletId is null)
        {
            (walletId, address) = await agent.WalletAsync("tg-evm", "ethereum");
        }
        else
        {
            address = (await host.SendAsync(HttpMethod.Get, $"/v1/wallets/{walletId}")).Body.GetProperty("address").GetString()!;
        }

        await chains.Anvil.SetBalanceAsync(address, BigInteger.Pow(10, 18));
        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v1/policies", new
        {
            walletId,
            type = "SPENDING_LIMIT",
            rules = new
            {
                instant_max = new Dictionary<string, string> { ["native"] = "1000" },
                notify_max = new Dictionary<string, string> { ["native"] = "2000" },
                delay_max = new Dictionary<string, string> { ["native"] = "3000" },
                delay_seconds = 60,
                approval_timeout = 120,
            },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        var recipient = "0x" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
        return (agent, await agent.SessionAsync(walletId), address, recipient);
    }

    private static async Task<string> StatusAsync(DaemonTestHost host, string id) =>
        (await host.SendAsync(HttpMethod.Get, $"/v1/transactions/{id}")).Body.GetProperty("status").GetString()!;

    private static async Task<string> ApproveMessageAsync(DaemonTestHost host, string id) =>
        (await host.SendAsync(HttpMethod.Get, $"/v1/transactions/{id}")).Body.GetProperty("approval").GetProperty("approveMessage").GetString()!;

    private static object Transfer(string to, long wei) => new { type = "TRANSFER", to, amount = wei.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static string Id(JsonElement sent) => sent.GetProperty("id").GetString()!;
}
