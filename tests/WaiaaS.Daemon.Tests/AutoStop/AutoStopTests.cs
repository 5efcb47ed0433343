using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Transactions;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.AutoStop;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.KillSwitch;
using WaiaaS.Daemon.Tests.Owners;

namespace WaiaaS.Daemon.Tests.AutoStop;

public class AutoStopTests
{
    [Fact]
    public async Task ConsecutiveFailures_SuspendsOnTheNthFailure_AuditsAndNotifiesOnce()
    {
        await using var host = await StartAsync(new AutoStopSettings { ConsecutiveFailures = 3 });
        var hooks = Hooks(host);
        var wallet = await KillSwitchEndpointTests.WalletAsync(host, "w");
        var results = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            await host.AddTransactionAsync(wallet, TransactionStatus.Failed, Tick(host));
            results.Add(await hooks.OnTransactionSettledAsync(wallet, TransactionStatus.Failed, default));
        }

        await host.AddTransactionAsync(wallet, TransactionStatus.Failed, Tick(host));
        var again = await hooks.OnTransactionSettledAsync(wallet, TransactionStatus.Failed, default);

        Assert.Equal([false, false, true], results);
        Assert.False(again);
        await using var db = host.Db();
        var row = await db.Wallets.SingleAsync(w => w.Id == wallet);
        Assert.Equal((WalletStatus.Suspended, "AUTO_STOP:CONSECUTIVE_FAILURES"), (row.Status, row.SuspensionReason));
        var audit = await db.AuditLog.SingleAsync(a => a.EventType == "auto_stop.triggered");
        Assert.Equal((wallet, "system"), (audit.WalletId, audit.Actor));
        Assert.Contains("\"rule\":\"CONSECUTIVE_FAILURES\"", audit.Details);
        var notification = await db.NotificationLogs.SingleAsync(n => n.EventType == "AUTO_STOP_TRIGGERED");
        Assert.Equal(wallet, notification.WalletId);
    }

    [Fact]
    public async Task ConsecutiveFailures_ASuccessBreaksTheRun_AndCancellationsDoNotCount()
    {
        await using var host = await StartAsync(new AutoStopSettings { ConsecutiveFailures = 3 });
        var hooks = Hooks(host);
        var wallet = await KillSwitchEndpointTests.WalletAsync(host, "w");
        await host.AddTransactionAsync(wallet, TransactionStatus.Failed, Tick(host));
        await host.AddTransactionAsync(wallet, TransactionStatus.Failed, Tick(host));
        await host.AddTransactionAsync(wallet, TransactionStatus.Confirmed, Tick(host));
        await host.AddTransactionAsync(wallet, TransactionStatus.Failed, Tick(host));
        await host.AddTransactionAsync(wallet, TransactionStatus.Cancelled, Tick(host));
        await host.AddTransactionAsync(wallet, TransactionStatus.Failed, Tick(host));

        var afterTwo = await hooks.OnTransactionSettledAsync(wallet, TransactionStatus.Failed, default);
        var onConfirmed = await hooks.OnTransactionSettledAsync(wallet, TransactionStatus.Confirmed, default);
        await host.AddTransactionAsync(wallet, TransactionStatus.Failed, Tick(host));
        var afterThree = await hooks.OnTransactionSettledAsync(wallet, TransactionStatus.Failed, default);

        Assert.False(afterTwo);
        Assert.False(onConfirmed);
        Assert.True(afterThree);
    }

    [Fact]
    public async Task UnusualActivity_SuspendsWhenTheWindowHoldsMoreThanTheMaximum()
    {
        await using var host = await StartAsync(new AutoStopSettings { MaxTransactionsPerWindow = 3, WindowSeconds = 60 });
        var hooks = Hooks(host);
        var wallet = await KillSwitchEndpointTests.WalletAsync(host, "w");
        var other = await KillSwitchEndpointTests.WalletAsync(host, "other");
        var now = host.Time.GetUtcNow().ToUnixTimeSeconds();
        await host.AddTransactionAsync(wallet, TransactionStatus.Confirmed, now - 120);
        await host.AddTransactionAsync(other, TransactionStatus.Pending, now);
        var results = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            await host.AddTransactionAsync(wallet, TransactionStatus.Pending, now);
            results.Add(await hooks.OnTransactionAcceptedAsync(wallet, default));
        }

        Assert.Equal([false, false, false, true], results);
        await using var db = host.Db();
        Assert.Equal("AUTO_STOP:UNUSUAL_ACTIVITY", (await db.Wallets.SingleAsync(w => w.Id == wallet)).SuspensionReason);
        Assert.Equal(WalletStatus.Active, (await db.Wallets.SingleAsync(w => w.Id == other)).Status);
    }

    [Fact]
    public async Task Idle_SuspendsOnlyWalletsWithLiveSessionsAndNoRecentActivity()
    {
        await using var host = await StartAsync(new AutoStopSettings { IdleTimeoutSeconds = 3600 });
        var service = host.Daemon.App.Services.GetRequiredService<AutoStopService>();
        var idle = await KillSwitchEndpointTests.WalletAsync(host, "idle");
        var busy = await KillSwitchEndpointTests.WalletAsync(host, "busy");
        var unused = await KillSwitchEndpointTests.WalletAsync(host, "no-session");
        var revoked = await KillSwitchEndpointTests.WalletAsync(host, "revoked");
        await host.AddSessionAsync(idle);
        await host.AddSessionAsync(busy);
        await host.AddSessionAsync(revoked, revokedAt: host.Time.GetUtcNow().ToUnixTimeSeconds());

        var tooEarly = await service.CheckIdleAsync(default);
        host.Time.Advance(TimeSpan.FromSeconds(3000));
        await host.AddTransactionAsync(busy, TransactionStatus.Confirmed);
        host.Time.Advance(TimeSpan.FromSeconds(601));
        var suspended = await service.CheckIdleAsync(default);

        Assert.Empty(tooEarly);
        // The idle worker's own timer may have run during Advance and suspended it first; either way only `idle` is.
        Assert.True(suspended.Count == 0 || suspended.SequenceEqual([idle]), string.Join(",", suspended));
        await using var db = host.Db();
        var wallets = await db.Wallets.ToDictionaryAsync(w => w.Id);
        Assert.Equal("AUTO_STOP:IDLE", wallets[idle].SuspensionReason);
        Assert.All(new[] { busy, unused, revoked }, id => Assert.Equal(WalletStatus.Active, wallets[id].Status));
    }

    [Fact]
    public async Task Disabled_NoRuleTriggers()
    {
        await using var host = await StartAsync(new AutoStopSettings { Enabled = false, ConsecutiveFailures = 1, MaxTransactionsPerWindow = 1, IdleTimeoutSeconds = 1 });
        var hooks = Hooks(host);
        var wallet = await KillSwitchEndpointTests.WalletAsync(host, "w");
        await host.AddSessionAsync(wallet);
        await host.AddTransactionAsync(wallet, TransactionStatus.Failed);
        await host.AddTransactionAsync(wallet, TransactionStatus.Failed);
        host.Time.Advance(TimeSpan.FromSeconds(10));

        Assert.False(await hooks.OnTransactionSettledAsync(wallet, TransactionStatus.Failed, default));
        Assert.False(await hooks.OnTransactionAcceptedAsync(wallet, default));
        Assert.Empty(await host.Daemon.App.Services.GetRequiredService<AutoStopService>().CheckIdleAsync(default));
    }

    [Fact]
    public async Task ASuspendedWallet_IsLeftAlone()
    {
        await using var host = await StartAsync(new AutoStopSettings { ConsecutiveFailures = 1 });
        var wallet = await KillSwitchEndpointTests.WalletAsync(host, "w");
        await host.SendAsync(HttpMethod.Post, $"/v1/wallets/{wallet}/suspend", new { reason = "manual" });
        await host.AddTransactionAsync(wallet, TransactionStatus.Failed);

        Assert.False(await Hooks(host).OnTransactionSettledAsync(wallet, TransactionStatus.Failed, default));
        await using var db = host.Db();
        Assert.Equal("manual", (await db.Wallets.SingleAsync(w => w.Id == wallet)).SuspensionReason);
        Assert.Equal(0, await db.NotificationLogs.CountAsync(n => n.EventType == "AUTO_STOP_TRIGGERED"));
    }

    private static Task<DaemonTestHost> StartAsync(AutoStopSettings settings) =>
        DaemonTestHost.StartAsync(DaemonTestHost.TestConfig() with { AutoStop = settings });

    private static IAutoStopHooks Hooks(DaemonTestHost host) => host.Daemon.App.Services.GetRequiredService<IAutoStopHooks>();

    private static long Tick(DaemonTestHost host)
    {
        host.Time.Advance(TimeSpan.FromSeconds(1));
        return host.Time.GetUtcNow().ToUnixTimeSeconds();
    }
}
