using WaiaaS.Core.Contracts;
using WaiaaS.Mcp.Sessions;
using WaiaaS.Mcp.Tests.Sessions.Support;

namespace WaiaaS.Mcp.Tests.Sessions;

// What the MCP tools rely on: the lazy 401 reload, calls during a renewal, and disposal.
public sealed class SessionCallTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(1000);

    [Fact]
    public async Task T12_a_401_reloads_the_file_and_retries_once_with_the_new_token()
    {
        await using var host = await DaemonSessions.StartDaemonAsync();
        var api = new DaemonApi(host.Client);
        await using var h = new ManagerHarness(host.Time, api);
        var wallet = await host.WalletAsync();
        var (oldId, oldToken) = await host.NewSessionAsync(wallet, ttl: 1000);
        h.WriteFile(oldToken);
        var manager = await h.StartAsync();
        // What `waiaas mcp refresh-token` does: revoke the old session, create one, replace the file.
        await host.RevokeAsync(oldId);
        var (newId, newToken) = await host.NewSessionAsync(wallet, ttl: 1000);
        h.WriteFile(newToken);
        var used = new List<string>();

        var address = await manager.ExecuteAsync(async token =>
        {
            used.Add(token);
            return (await api.GetAsync("/v1/wallet/address", token)).Address();
        });

        Assert.False(string.IsNullOrEmpty(address));
        Assert.Equal([oldToken, newToken], used);
        Assert.Equal((SessionState.Active, newId, newToken), (manager.State, manager.SessionId, manager.GetToken()));
    }

    [Fact]
    public async Task T12_a_call_while_expired_uses_a_token_written_to_the_file_at_once_without_waiting_for_the_poll()
    {
        await using var host = await DaemonSessions.StartDaemonAsync();
        var api = new DaemonApi(host.Client);
        await using var h = new ManagerHarness(host.Time, api);
        var wallet = await host.WalletAsync();
        var (firstId, firstToken) = await host.NewSessionAsync(wallet, ttl: 1000);
        h.WriteFile(firstToken);
        var manager = await h.StartAsync();
        await host.RevokeAsync(firstId);
        await Assert.ThrowsAsync<SessionUnavailableException>(() => manager.ExecuteAsync(async token => await api.GetAsync("/v1/wallet/address", token)));
        Assert.Equal(SessionState.Expired, manager.State);

        // `waiaas mcp refresh-token` in another process writes a new token; the very next call uses it (no clock advance).
        var (newId, newToken) = await host.NewSessionAsync(wallet, ttl: 1000);
        h.WriteFile(newToken);
        var used = new List<string>();
        var address = await manager.ExecuteAsync(async token =>
        {
            used.Add(token);
            return (await api.GetAsync("/v1/wallet/address", token)).Address();
        });

        Assert.False(string.IsNullOrEmpty(address));
        Assert.Equal([newToken], used);
        Assert.Equal((SessionState.Active, newId), (manager.State, manager.SessionId));
    }

    [Fact]
    public async Task T12_without_a_new_token_the_retry_happens_once_and_the_call_returns_the_expired_guidance()
    {
        await using var host = await DaemonSessions.StartDaemonAsync();
        var api = new DaemonApi(host.Client);
        await using var h = new ManagerHarness(host.Time, api);
        var wallet = await host.WalletAsync();
        var (firstId, firstToken) = await host.NewSessionAsync(wallet, ttl: 1000);
        var (secondId, secondToken) = await host.NewSessionAsync(wallet, ttl: 1000);
        h.WriteFile(firstToken);
        var manager = await h.StartAsync();
        await host.RevokeAsync(firstId);
        await host.RevokeAsync(secondId);
        h.WriteFile(secondToken);
        var used = new List<string>();

        var refused = await Assert.ThrowsAsync<SessionUnavailableException>(() => manager.ExecuteAsync(async token =>
        {
            used.Add(token);
            return await api.GetAsync("/v1/wallet/address", token);
        }));

        Assert.Equal([firstToken, secondToken], used);
        Assert.Equal((SessionState.Expired, "SESSION_REVOKED"), (refused.State, refused.Code));
        Assert.Contains("waiaas mcp refresh-token", refused.Guidance, StringComparison.Ordinal);
        Assert.DoesNotContain(secondToken, refused.Message, StringComparison.Ordinal);
        Assert.Null(manager.GetToken());
        await Assert.ThrowsAsync<SessionUnavailableException>(() => manager.ExecuteAsync(token => Task.FromResult(token)));

        // The poll of the expired state picks up a token written later, without a restart.
        var (_, thirdToken) = await host.NewSessionAsync(wallet, ttl: 1000);
        h.WriteFile(thirdToken);
        await h.AdvanceAsync(TimeSpan.FromSeconds(60));
        Assert.Equal((SessionState.Active, thirdToken), (manager.State, manager.GetToken()));
        Assert.Equal(thirdToken, await manager.ExecuteAsync(token => Task.FromResult(token)));
    }

    [Fact]
    public async Task T13_tool_calls_during_a_renewal_use_the_old_token_which_the_daemon_still_accepts()
    {
        await using var host = await DaemonSessions.StartDaemonAsync();
        var api = new DaemonApi(host.Client);
        await using var h = new ManagerHarness(host.Time, api);
        var (_, oldToken) = await host.NewSessionAsync(await host.WalletAsync(), ttl: 1000);
        h.WriteFile(oldToken);
        var answered = new TaskCompletionSource<RenewSessionResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Client.Then(async (id, token, ct) =>
        {
            // The daemon has renewed (the old token is now the replaced one) but the manager has not swapped yet.
            var response = await api.RenewAsync(id, token, ct);
            answered.SetResult(response);
            await release.Task;
            return response;
        });
        var manager = await h.StartAsync();

        h.Time.Advance(TimeSpan.FromSeconds(600));
        var renewed = await answered.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(oldToken, manager.GetToken());
        var during = await manager.ExecuteAsync(async token => (await api.GetAsync("/v1/wallet/address", token)).Address());

        release.SetResult();
        await manager.WhenIdleAsync();
        var after = await manager.ExecuteAsync(async token => (await api.GetAsync("/v1/wallet/address", token)).Address());

        Assert.Equal(during, after);
        Assert.Equal(renewed.Token, manager.GetToken());
        Assert.Equal(renewed.Token, h.ReadFile());
    }

    [Fact]
    public async Task T14_dispose_waits_for_the_renewal_in_flight_clears_the_timers_and_a_restart_restores_from_the_file()
    {
        await using var h = new ManagerHarness();
        h.WriteFile(h.NewToken("s1", Ttl));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var renew = ScriptedRenewalClient.Renews(h.Time, Ttl);
        h.Client.Then(async (id, token, ct) =>
        {
            await release.Task;
            return await renew(id, token, ct);
        });
        var manager = await h.StartAsync();
        h.Time.Advance(TimeSpan.FromSeconds(600));
        await Eventually.UntilAsync(() => h.Client.Calls.Count == 1, "the renewal is in flight");

        var disposal = manager.DisposeAsync().AsTask();
        await Task.Delay(100);
        Assert.False(disposal.IsCompleted);
        release.SetResult();
        await disposal.WaitAsync(TimeSpan.FromSeconds(20));

        var renewed = h.ReadFile();
        Assert.NotNull(renewed);
        // Past the renewed token's 60 % point, before its expiry: a live timer would have renewed again.
        h.Time.Advance(TimeSpan.FromSeconds(700));
        Assert.Single(h.Client.Calls);

        var restarted = await h.StartAsync();
        Assert.Equal((SessionState.Active, "s1", renewed), (restarted.State, restarted.SessionId, restarted.GetToken()));
    }

    [Fact]
    public async Task T14_dispose_gives_up_on_a_stuck_renewal_after_5_seconds_and_cancels_it()
    {
        await using var h = new ManagerHarness();
        var original = h.NewToken("s1", Ttl);
        h.WriteFile(original);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Client.Then(async (_, _, ct) =>
        {
            using var registration = ct.Register(() => cancelled.SetResult());
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        var manager = await h.StartAsync();
        h.Time.Advance(TimeSpan.FromSeconds(600));
        await Eventually.UntilAsync(() => h.Client.Calls.Count == 1, "the renewal is in flight");

        var disposal = manager.DisposeAsync().AsTask();
        h.Time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(disposal.IsCompleted);
        Assert.False(cancelled.Task.IsCompleted);
        h.Time.Advance(TimeSpan.FromSeconds(0.2));
        await disposal.WaitAsync(TimeSpan.FromSeconds(20));
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Contains("did not finish", h.Log.All, StringComparison.Ordinal);
        var restarted = await h.StartAsync();
        Assert.Equal(original, restarted.GetToken());
    }
}
