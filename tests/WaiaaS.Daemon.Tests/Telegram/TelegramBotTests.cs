using System.Net;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Tests.Owners;

namespace WaiaaS.Daemon.Tests.Telegram;

public class TelegramBotTests
{
    [Fact]
    public async Task UnknownChat_GetsNoOutput_IsAudited_ThenTheOperatorApprovesIt_AndItIsServed()
    {
        await using var bot = await TelegramTestBot.StartAsync();
        const long stranger = 777;
        var first = await bot.AskAsync("/status", stranger);
        Assert.Contains("operator must approve", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kill switch", first.Text, StringComparison.Ordinal);

        // A second command from the pending chat gets nothing: the allowed chat's reply shows it was processed.
        bot.Server.EnqueueText(stranger, "/wallets");
        await bot.AskAsync("/help");
        Assert.Single(bot.Server.To(stranger));
        Assert.Equal(1, await bot.Host.Db().AuditLog.CountAsync(a => a.EventType == AuditEvents.TelegramChatPending && a.Actor == "telegram:777"));

        var (list, listBody) = await bot.Host.SendAsync(HttpMethod.Get, "/v1/admin/telegram/chats");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var chats = listBody.GetProperty("chats").EnumerateArray().ToDictionary(c => c.GetProperty("chatId").GetInt64(), c => c.GetProperty("state").GetString());
        Assert.Equal("PENDING", chats[stranger]);
        Assert.Equal("CONFIGURED", chats[TelegramTestBot.OwnerChat]);

        var (approve, _) = await bot.Host.SendAsync(HttpMethod.Post, $"/v1/admin/telegram/chats/{stranger}/approve");
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        Assert.Equal(1, await bot.Host.Db().AuditLog.CountAsync(a => a.EventType == AuditEvents.TelegramChatApproved && a.Actor == "master"));
        var served = await bot.AskAsync("/status", stranger);
        Assert.Contains("Kill switch: ACTIVE", served.Text, StringComparison.Ordinal);

        var (deny, _) = await bot.Host.SendAsync(HttpMethod.Post, $"/v1/admin/telegram/chats/{stranger}/deny");
        Assert.Equal(HttpStatusCode.OK, deny.StatusCode);
        var count = bot.Server.To(stranger).Count;
        bot.Server.EnqueueText(stranger, "/status");
        await bot.AskAsync("/help");
        Assert.Equal(count, bot.Server.To(stranger).Count);

        var (bad, _) = await bot.Host.SendAsync(HttpMethod.Post, "/v1/admin/telegram/chats/not-a-number/approve");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Commands_AnswerInTheChat_AndMalformedOnesGetAClearReply()
    {
        await using var bot = await TelegramTestBot.StartAsync();
        var wallet = (await bot.Host.CreateWalletAsync("tg-wallet")).GetProperty("id").GetString()!;

        Assert.Contains("Welcome", (await bot.AskAsync("/start")).Text, StringComparison.Ordinal);
        Assert.Contains("/newsession", (await bot.AskAsync("/help")).Text, StringComparison.Ordinal);
        var status = (await bot.AskAsync("/status")).Text;
        Assert.Contains("Wallets: 1", status, StringComparison.Ordinal);
        Assert.Contains("Pending transactions: 0", status, StringComparison.Ordinal);
        Assert.Contains("tg-wallet", (await bot.AskAsync("/wallets")).Text, StringComparison.Ordinal);
        Assert.Contains("No QUEUED", (await bot.AskAsync("/pending")).Text, StringComparison.Ordinal);
        Assert.Contains("Unknown command", (await bot.AskAsync("/frobnicate")).Text, StringComparison.Ordinal);
        Assert.Contains("Usage: /approve", (await bot.AskAsync("/approve")).Text, StringComparison.Ordinal);
        Assert.Contains("Usage: /reject", (await bot.AskAsync("/reject")).Text, StringComparison.Ordinal);
        Assert.Contains("Usage: /cancel", (await bot.AskAsync("/cancel")).Text, StringComparison.Ordinal);
        Assert.Contains("Unknown transaction", (await bot.AskAsync("/approve 0199-nope")).Text, StringComparison.Ordinal);
        Assert.Contains("Not cancelled", (await bot.AskAsync("/cancel 0199-nope")).Text, StringComparison.Ordinal);
        Assert.Contains("Unknown button", (await bot.PressAsync("zz:1")).Text, StringComparison.Ordinal);
        Assert.Contains("Unknown wallet", (await bot.PressAsync("ns:../../etc")).Text, StringComparison.Ordinal);
        Assert.Contains(wallet, (await bot.AskAsync("/newsession")).CallbackData.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InKorean_WhenTheNotificationLocaleIsKo()
    {
        await using var bot = await TelegramTestBot.StartAsync("ko");
        Assert.Contains("환영합니다", (await bot.AskAsync("/start")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KillSwitch_NeedsTheConfirmationButton()
    {
        await using var bot = await TelegramTestBot.StartAsync();
        var ask = await bot.AskAsync("/killswitch");
        Assert.Equal(["ks:yes", "ks:no"], ask.CallbackData);
        Assert.Equal("ACTIVE", (await bot.Host.SendAsync(HttpMethod.Get, "/v1/admin/kill-switch")).Body.GetProperty("state").GetString());

        Assert.Contains("not activated", (await bot.PressAsync("ks:no")).Text, StringComparison.Ordinal);
        Assert.Equal("ACTIVE", (await bot.Host.SendAsync(HttpMethod.Get, "/v1/admin/kill-switch")).Body.GetProperty("state").GetString());

        Assert.Contains("SUSPENDED", (await bot.PressAsync("ks:yes")).Text, StringComparison.Ordinal);
        Assert.Equal("SUSPENDED", (await bot.Host.SendAsync(HttpMethod.Get, "/v1/admin/kill-switch")).Body.GetProperty("state").GetString());
        Assert.True(await bot.Host.Db().AuditLog.AnyAsync(a => a.Actor == "telegram:4242" && a.EventType.StartsWith("kill_switch")));
    }

    [Fact]
    public async Task StoredOffset_ARestartDoesNotRunOldCommandsAgain()
    {
        var server = await FakeTelegramServer.StartAsync();
        await using var _ = server;
        var root = Hosting.DaemonTestHost.CreateRoot();
        var config = TelegramTestBot.WithBot(Hosting.DaemonTestHost.TestConfig(), server);
        var first = await Hosting.DaemonTestHost.StartAsync(config, root);
        server.EnqueueText(TelegramTestBot.OwnerChat, "/help");
        await server.WaitForMessageAsync(TelegramTestBot.OwnerChat, m => m.Text.Contains("/newsession", StringComparison.Ordinal));
        await first.StopAsync();

        await using var second = await Hosting.DaemonTestHost.StartAsync(config, root);
        server.EnqueueText(TelegramTestBot.OwnerChat, "/start");
        await server.WaitForMessageAsync(TelegramTestBot.OwnerChat, m => m.Text.Contains("Welcome", StringComparison.Ordinal));
        Assert.Single(server.To(TelegramTestBot.OwnerChat), m => m.Text.Contains("/newsession", StringComparison.Ordinal));
    }
}
