using System.Buffers.Text;
using System.Text;
using WaiaaS.Core.Sessions;
using WaiaaS.Mcp.Sessions;
using WaiaaS.Mcp.Tests.Sessions.Support;

namespace WaiaaS.Mcp.Tests.Sessions;

public sealed class SessionLoadingTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(1000);

    [Fact]
    public async Task T01_the_token_file_beats_the_environment_variable()
    {
        await using var h = new ManagerHarness();
        var fromFile = h.NewToken("from-file", Ttl);
        h.WriteFile(fromFile);

        var manager = await h.StartAsync(environmentToken: h.NewToken("from-env", Ttl));

        Assert.Equal(SessionState.Active, manager.State);
        Assert.Equal("from-file", manager.SessionId);
        Assert.Equal(fromFile, manager.GetToken());
    }

    [Fact]
    public async Task T02_the_environment_variable_is_used_without_a_file_and_the_first_renewal_writes_the_file()
    {
        await using var h = new ManagerHarness();
        var fromEnv = h.NewToken("from-env", Ttl);
        h.Client.Then(ScriptedRenewalClient.Renews(h.Time, Ttl));

        var manager = await h.StartAsync(environmentToken: fromEnv);
        Assert.Equal(("from-env", fromEnv), (manager.SessionId, manager.GetToken()));
        Assert.False(File.Exists(h.TokenFile));

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 1);
        await Eventually.UntilAsync(() => manager.RenewalCount == 1, "the renewal is applied");

        var renewed = manager.GetToken();
        Assert.NotEqual(fromEnv, renewed);
        Assert.Equal(renewed, h.ReadFile());
        Assert.Equal(fromEnv, h.Client.CallList.Single().Token);
    }

    public static TheoryData<string, string> UnusableTokens()
    {
        var now = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var good = TestTokens.Issue("s", now, now + 1000).Split('.');
        string WithPayload(string json) => $"{good[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json))}.{good[2]}";
        return new()
        {
            { "garbage", "not a token at all" },
            { "no exp", WithPayload("{\"sub\":\"s\",\"wids\":[\"w\"],\"iat\":" + now + "}") },
            { "no sub", WithPayload("{\"wids\":[\"w\"],\"iat\":" + now + ",\"exp\":" + (now + 1000) + "}") },
            { "exp a string", WithPayload("{\"sub\":\"s\",\"wids\":[\"w\"],\"iat\":" + now + ",\"exp\":\"soon\"}") },
            { "exp past year 9999", TestTokens.Issue("s", now, SessionTokenCodec.MaxExpiresAt + 1) },
            { "exp 20 years away", TestTokens.Issue("s", now, now + (20L * 365 * 86400)) },
        };
    }

    [Theory]
    [MemberData(nameof(UnusableTokens))]
    public async Task T03_a_malformed_or_out_of_range_token_is_refused_without_scheduling_a_renewal(string kind, string token)
    {
        await using var h = new ManagerHarness();
        var manager = await h.StartAsync(environmentToken: token);

        Assert.Equal(SessionState.Error, manager.State);
        Assert.Null(manager.GetToken());
        Assert.Null(manager.SessionId);
        Assert.DoesNotContain(token, manager.StatusReason, StringComparison.Ordinal);
        for (var day = 0; day < 30; day++)
        {
            h.Time.Advance(TimeSpan.FromDays(1));
        }

        Assert.True(h.Client.Calls.IsEmpty, kind);
        Assert.Equal(SessionState.Error, manager.State);
    }

    [Fact]
    public async Task T03_an_expired_token_is_expired_and_never_renewed()
    {
        await using var h = new ManagerHarness();
        h.WriteFile(TestTokens.Issue("old", h.Now - TimeSpan.FromHours(2), TimeSpan.FromHours(1)));

        var manager = await h.StartAsync();
        h.Time.Advance(TimeSpan.FromDays(1));

        Assert.Equal((SessionState.Expired, "old"), (manager.State, manager.SessionId));
        Assert.Null(manager.GetToken());
        Assert.True(h.Client.Calls.IsEmpty);
    }

    [Fact]
    public async Task Without_a_file_or_variable_the_manager_is_in_error_and_adopts_a_file_written_later()
    {
        await using var h = new ManagerHarness();
        var manager = await h.StartAsync();
        Assert.Equal(SessionState.Error, manager.State);
        Assert.Contains(SessionManagerOptions.EnvironmentVariable, manager.StatusReason, StringComparison.Ordinal);
        Assert.Contains("refresh-token", manager.Guidance, StringComparison.Ordinal);

        var token = h.NewToken("new", Ttl);
        h.WriteFile(token);
        h.Time.Advance(TimeSpan.FromSeconds(60));

        await Eventually.UntilAsync(() => manager.State == SessionState.Active, "the new file is adopted");
        Assert.Equal(token, manager.GetToken());
    }

    [Fact]
    public void The_options_never_print_the_token()
    {
        var token = TestTokens.Issue("s", 1, 2);
        var options = new SessionManagerOptions("/tmp/mcp-token") { EnvironmentToken = token };

        Assert.DoesNotContain(token, options.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(60), options.PollInterval);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], options.BackoffDelays.ToArray());
        Assert.Equal((0.6, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5)), (options.RenewalFraction, options.TooEarlyRetryDelay, options.DisposeTimeout));
    }
}
