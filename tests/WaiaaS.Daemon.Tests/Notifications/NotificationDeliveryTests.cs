using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Notifications;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Notifications;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Transactions;

namespace WaiaaS.Daemon.Tests.Notifications;

// Delivery against local servers that speak the Telegram Bot API, Discord and Slack webhooks and ntfy (see NotificationPeerServer).
public class NotificationDeliveryTests
{
    private static NotificationMessage Info(string body = "A session was created for w1.") =>
        new(NotificationEventTypes.SessionCreated, NotificationSeverity.Info, "Session created", body);

    private static string FirstLine(string text) => text.Split('\n')[0];

    [Fact]
    public async Task FirstChannelAnswering500_FallsBackToTheNext_AndLogsEachAttempt()
    {
        await using var h = await NotificationHarness.StartAsync(NotificationHarness.AllChannels);
        h.Peers.FailWith["telegram"] = 500;

        var dispatch = h.Dispatcher.DispatchAsync(Info());
        Assert.True(dispatch.IsCompletedSuccessfully, "DispatchAsync only queues");
        await h.DrainAsync();

        Assert.Single(h.Peers.Of("discord"));
        Assert.Empty(h.Peers.Of("telegram"));
        Assert.Empty(h.Peers.Of("slack"));
        Assert.Empty(h.Peers.Of("ntfy"));
        var rows = (await h.LogRowsAsync()).Where(r => r.EventType == NotificationEventTypes.SessionCreated).ToList();
        Assert.Equal(["telegram:FAILED:HTTP 500", "discord:SENT:"], rows.Select(r => $"{r.ChannelId}:{r.Status}:{r.Error}"));
        await h.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task FirstChannelRefusingTheConnection_FallsBackToTheNext()
    {
        await using var h = await NotificationHarness.StartAsync(NotificationHarness.AllChannels, telegramBase: NotificationHarness.ClosedPortUrl());

        await h.Dispatcher.DispatchAsync(Info());
        await h.DrainAsync();

        Assert.Single(h.Peers.Of("discord"));
        var rows = await h.LogRowsAsync();
        Assert.Equal("telegram", rows[0].ChannelId);
        Assert.Equal(NotificationDeliveryStatus.Failed, rows[0].Status);
        Assert.StartsWith("request failed", rows[0].Error, StringComparison.Ordinal);
        Assert.Equal(("discord", NotificationDeliveryStatus.Sent), (rows[1].ChannelId, rows[1].Status));
        await h.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task KillSwitchActivation_IsBroadcastToEveryChannel()
    {
        await using var h = await NotificationHarness.StartAsync(NotificationHarness.AllChannels);

        var (response, _) = await h.Host.SendAsync(HttpMethod.Post, "/v1/admin/kill-switch", new { reason = "drill" });
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        await h.DrainAsync();

        foreach (var channel in new[] { "telegram", "discord", "slack", "ntfy" })
        {
            var received = Assert.Single(h.Peers.Of(channel));
            Assert.Equal("Kill switch activated", received.Title);
            Assert.Contains("waiaas killswitch off", received.Text, StringComparison.Ordinal);
        }

        Assert.Equal("5", h.Peers.Of("ntfy")[0].Headers["Priority"]);
        var rows = (await h.LogRowsAsync()).Where(r => r.EventType == NotificationEventTypes.KillSwitchActivated).ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(NotificationDeliveryStatus.Sent, r.Status));
        await h.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task SessionExpiringSoon_IsBroadcast_EvenAtWarningSeverity()
    {
        await using var h = await NotificationHarness.StartAsync(p => NotificationHarness.AllChannels(p) with { ChannelOrder = ["slack", "ntfy"] });

        await h.Dispatcher.DispatchAsync(new NotificationMessage(NotificationEventTypes.SessionExpiringSoon, NotificationSeverity.Warning, "Session expiring", "Session s1 ends soon."));
        await h.DrainAsync();

        Assert.Single(h.Peers.Of("slack"));
        Assert.Single(h.Peers.Of("ntfy"));
        Assert.Empty(h.Peers.Of("telegram"));
        Assert.Empty(h.Peers.Of("discord"));
    }

    [Fact]
    public async Task RateLimitedChannel_FallsThrough_AndRecoversAfterTheWindow()
    {
        await using var h = await NotificationHarness.StartAsync(p => NotificationHarness.AllChannels(p) with { ChannelOrder = ["telegram", "discord"], RateLimitRpm = 2 });

        for (var i = 0; i < 3; i++)
        {
            await h.Dispatcher.DispatchAsync(Info($"message {i}"));
        }

        await h.DrainAsync();
        Assert.Equal(["message 0", "message 1"], h.Peers.Of("telegram").Select(r => FirstLine(r.Text)));
        Assert.Equal("message 2", FirstLine(Assert.Single(h.Peers.Of("discord")).Text));
        var limited = Assert.Single(await h.LogRowsAsync(), r => r.Status == NotificationDeliveryStatus.RateLimited);
        Assert.Equal("telegram", limited.ChannelId);

        h.Host.Time.Advance(TimeSpan.FromSeconds(60));
        await h.Dispatcher.DispatchAsync(Info("message 3"));
        await h.DrainAsync();
        Assert.Equal("message 3", FirstLine(h.Peers.Of("telegram")[^1].Text));
        Assert.Single(h.Peers.Of("discord"));
    }

    [Fact]
    public async Task NoChannelDelivering_IsAudited_WithEveryAttempt()
    {
        await using var h = await NotificationHarness.StartAsync(NotificationHarness.AllChannels);
        h.Peers.FailWith["telegram"] = 502;
        h.Peers.FailWith["discord"] = 500;
        h.Peers.FailWith["slack"] = 500;
        h.Peers.FailWith["ntfy"] = 503;

        await h.Dispatcher.DispatchAsync(Info());
        await h.DrainAsync();

        var audit = Assert.Single(await h.AuditRowsAsync(AuditEvents.NotificationDeliveryFailed));
        Assert.Equal(AuditActors.System, audit.Actor);
        Assert.Contains(NotificationEventTypes.SessionCreated, audit.Details, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", audit.Details, StringComparison.Ordinal);
        var rows = await h.LogRowsAsync();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(NotificationDeliveryStatus.Failed, r.Status));
        await h.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task DeliveredMessage_IsNotAudited()
    {
        await using var h = await NotificationHarness.StartAsync(NotificationHarness.AllChannels);
        await h.Dispatcher.DispatchAsync(Info());
        await h.DrainAsync();
        Assert.Empty(await h.AuditRowsAsync(AuditEvents.NotificationDeliveryFailed));
    }

    [Fact]
    public async Task PolicyViolationFromThePipeline_ShowsTheAmountInHumanUnits_AndTheNextStep()
    {
        await using var h = await NotificationHarness.StartAsync(p => NotificationHarness.AllChannels(p) with { ChannelOrder = ["telegram"] });
        var (created, wallet) = await h.Host.SendAsync(HttpMethod.Post, "/v1/wallets", new { name = "w1", chain = "solana", environment = "testnet" });
        Assert.True(created.IsSuccessStatusCode);
        var row = new TransactionEntity
        {
            Id = "019a0000-0000-7000-8000-000000000001",
            WalletId = wallet.GetProperty("id").GetString()!,
            Network = "solana-devnet",
            Type = "TRANSFER",
            Status = "CANCELLED",
            Amount = "500000000",
            ToAddress = "9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin",
            Metadata = """{"decimals": 9, "symbol": "SOL"}""",
        };

        await h.Services.GetRequiredService<TransactionEvents>().DeniedAsync(row, new Failure(ErrorCodes.PolicyDenied, "over the per-transaction limit"), CancellationToken.None);
        await h.DrainAsync();

        var received = Assert.Single(h.Peers.Of("telegram"));
        Assert.Equal("Transaction denied by policy", received.Title);
        Assert.Contains("TRANSFER of 0.5 SOL to 9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin on solana-devnet", received.Text, StringComparison.Ordinal);
        Assert.Contains("Next: Review the policies: `waiaas policy list`.", received.Text, StringComparison.Ordinal);
        Assert.Equal(received.Title + "\n" + received.Text, Assert.Single(await h.LogRowsAsync()).Message);
    }

    [Fact]
    public async Task KoreanLocale_RendersKoreanHeadline_FactsAndApprovalCommands()
    {
        await using var h = await NotificationHarness.StartAsync(p => NotificationHarness.AllChannels(p) with { ChannelOrder = ["ntfy"], Locale = "ko" });

        await h.Dispatcher.DispatchAsync(new NotificationMessage(NotificationEventTypes.TxApprovalRequired, NotificationSeverity.Critical, "Approval required", "TRANSFER of 1.25 ETH waits for your approval.")
        {
            TransactionId = "tx-77",
            Facts = new Dictionary<string, string> { [NotificationFacts.Amount] = "1.25 ETH", [NotificationFacts.Network] = "ethereum-sepolia" },
        });
        await h.DrainAsync();

        var received = Assert.Single(h.Peers.Of("ntfy"));
        Assert.Equal("승인 필요", received.Title);
        Assert.Contains("금액: 1.25 ETH · 네트워크: ethereum-sepolia", received.Text, StringComparison.Ordinal);
        Assert.Contains("/approve tx-77", received.Text, StringComparison.Ordinal);
        Assert.Contains("`waiaas tx reject tx-77`", received.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_OnlyRecords_AndSendsNothing()
    {
        await using var h = await NotificationHarness.StartAsync(p => NotificationHarness.AllChannels(p) with { Enabled = false });
        Assert.IsNotType<NotificationDeliveryService>(h.Dispatcher);

        await h.Dispatcher.DispatchAsync(Info());

        var row = Assert.Single(await h.LogRowsAsync());
        Assert.Equal(RecordingNotificationDispatcher.RecordedStatus, row.Status);
        Assert.Null(row.ChannelId);
        Assert.Empty(h.Peers.Received);
    }
}
