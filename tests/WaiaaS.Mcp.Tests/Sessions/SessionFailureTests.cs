using WaiaaS.Mcp.Sessions;
using WaiaaS.Mcp.Tests.Sessions.Support;

namespace WaiaaS.Mcp.Tests.Sessions;

// The per-code failure handling of renewals (SPEC §13 with the renewal table of §6), against a scripted client.
public sealed class SessionFailureTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(1000);

    [Theory]
    [InlineData(403, "RENEWAL_LIMIT_REACHED")]
    [InlineData(403, "SESSION_LIFETIME_EXCEEDED")]
    public async Task T09_limit_and_lifetime_refusals_expire_the_session_but_keep_the_token_until_its_exp(int status, string code)
    {
        await using var h = new ManagerHarness();
        var token = h.NewToken("s1", Ttl);
        h.WriteFile(token);
        h.Client.Otherwise = ScriptedRenewalClient.Refuses(status, code);
        var manager = await h.StartAsync();

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 1);
        await Eventually.UntilAsync(() => manager.State == SessionState.Expired, "the expired state");
        Assert.Contains(code, manager.StatusReason, StringComparison.Ordinal);
        Assert.Equal(token, manager.GetToken());
        h.Time.Advance(TimeSpan.FromSeconds(400));

        Assert.Null(manager.GetToken());
        Assert.Single(h.Client.Calls);
        Assert.Contains("waiaas mcp refresh-token", manager.ExpiredGuidance, StringComparison.Ordinal);
        Assert.Contains("/newsession", manager.ExpiredGuidance, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task T10_network_and_5xx_failures_back_off_1_2_4_seconds_then_error_and_file_polling(int status)
    {
        await using var h = new ManagerHarness();
        h.WriteFile(h.NewToken("s1", Ttl));
        h.Client.Otherwise = status == 0 ? ScriptedRenewalClient.Unreachable() : ScriptedRenewalClient.Refuses(status, status == 429 ? "RATE_LIMITED" : "INTERNAL_ERROR", true);
        var manager = await h.StartAsync();

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 1);
        foreach (var (delay, calls) in new[] { (1, 2), (2, 3), (4, 4) })
        {
            h.Time.Advance(TimeSpan.FromSeconds(delay - 0.5));
            Assert.Equal(calls - 1, h.Client.Calls.Count);
            await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(0.5), calls);
        }

        var at = h.Client.CallList.Select(c => (c.At - h.Client.CallList[0].At).TotalSeconds).ToArray();
        Assert.Equal([0, 1, 3, 7], at);
        await manager.WhenIdleAsync();
        Assert.Equal(SessionState.Error, manager.State);
        h.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(4, h.Client.Calls.Count);

        // Polling: each minute the file is read (and the due renewal tried once); a new token there is adopted.
        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(30), 5);
        var replacement = h.NewToken("s2", Ttl);
        h.WriteFile(replacement);
        await manager.WhenIdleAsync();
        Assert.Equal(SessionState.Error, manager.State);
        h.Time.Advance(TimeSpan.FromSeconds(60));

        await Eventually.UntilAsync(() => manager.State == SessionState.Active, "the new token is adopted");
        Assert.Equal(("s2", replacement), (manager.SessionId, manager.GetToken()));
    }

    [Fact]
    public async Task T11_a_conflict_adopts_the_newer_token_from_the_file()
    {
        await using var h = new ManagerHarness();
        h.WriteFile(h.NewToken("s1", Ttl));
        string? newer = null;
        h.Client.Then((_, _, _) =>
        {
            // Another client renewed first and wrote the file.
            newer = h.NewToken("s1", Ttl);
            h.WriteFile(newer);
            return Task.FromException<WaiaaS.Core.Contracts.RenewSessionResponse>(new WaiaaS.Sdk.WaiaasApiException(409, "RENEWAL_CONFLICT", "conflict", null, false, null, null));
        });
        var manager = await h.StartAsync();

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 1);
        await Eventually.UntilAsync(() => manager.GetToken() == newer, "the newer token is adopted");

        Assert.Equal(SessionState.Active, manager.State);
        Assert.Equal(h.Now + Ttl, manager.ExpiresAt);
    }

    [Fact]
    public async Task T11_a_conflict_without_a_newer_file_is_an_error_until_the_file_changes()
    {
        await using var h = new ManagerHarness();
        var original = h.NewToken("s1", Ttl);
        h.WriteFile(original);
        h.Client.Then(ScriptedRenewalClient.Refuses(409, "RENEWAL_CONFLICT"));
        var manager = await h.StartAsync();

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 1);
        await manager.WhenIdleAsync();
        Assert.Equal(SessionState.Error, manager.State);
        var newer = h.NewToken("s1", Ttl);
        h.WriteFile(newer);
        h.Time.Advance(TimeSpan.FromSeconds(60));

        await Eventually.UntilAsync(() => manager.GetToken() == newer, "the newer token is adopted by the poll");
        Assert.Equal(SessionState.Active, manager.State);
    }
}
