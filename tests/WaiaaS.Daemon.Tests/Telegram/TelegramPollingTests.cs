using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Telegram;

public class TelegramPollingTests
{
    [Fact]
    public async Task Polling_WaitsOutA429AndServerErrors_ByTheClock_ThenServes()
    {
        var server = await FakeTelegramServer.StartAsync();
        await using var _ = server;
        // Bot API flood control: {"ok": false, "error_code": 429, "description": "...", "parameters": {"retry_after": n}}.
        server.GetUpdatesFailures.Enqueue((429, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}"""));
        server.GetUpdatesFailures.Enqueue((502, "<html>Bad Gateway</html>"));
        await using var host = await DaemonTestHost.StartAsync(TelegramTestBot.WithBot(DaemonTestHost.TestConfig(), server));

        await AdvanceUntilCallsAsync(host, server, 1);

        // The bot's timer runs on the daemon's fake clock: it polls again only once retry_after (7 s) has passed.
        Assert.True(await AdvanceUntilCallsAsync(host, server, 2) >= 7);
        Assert.True(await AdvanceUntilCallsAsync(host, server, 3) >= 1);

        server.EnqueueText(TelegramTestBot.OwnerChat, "/help");
        await server.WaitForMessageAsync(TelegramTestBot.OwnerChat, m => m.Text.Contains("/newsession", StringComparison.Ordinal));
    }

    // Advances the fake clock by 1 s steps until getUpdates was called <paramref name="calls"/> times; returns the
    // seconds advanced (the bot may set its timer after some steps, so this is an upper bound of its wait).
    private static async Task<int> AdvanceUntilCallsAsync(DaemonTestHost host, FakeTelegramServer server, int calls)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var advanced = 0;
        while (server.GetUpdatesCalls < calls)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"getUpdates was called {server.GetUpdatesCalls} times, expected {calls}");
            await Task.Delay(50);
            if (server.GetUpdatesCalls < calls && calls > 1)
            {
                host.Time.Advance(TimeSpan.FromSeconds(1));
                advanced++;
            }
        }

        return advanced;
    }
}
