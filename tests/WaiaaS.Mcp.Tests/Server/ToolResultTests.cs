using WaiaaS.Daemon.Tests.Storage;

namespace WaiaaS.Mcp.Tests.Server;

/// <summary>
/// SPEC §13: what the MCP tools answer. The daemon's JSON on success; a daemon refusal as <c>isError</c> with code,
/// hint and retryable; an unreachable daemon likewise; a session that is over as guidance in a normal result (H-04).
/// </summary>
public sealed class ToolResultTests
{
    [Fact]
    public async Task Read_tools_return_the_daemons_answer_as_json()
    {
        await using var tools = await ToolHarness.StartAsync();

        var address = await tools.WalletTools.GetAddress(network: ToolHarness.Network);
        var info = await tools.WalletTools.GetWalletInfo();
        var connect = await tools.WalletTools.ConnectInfo(CancellationToken.None);
        var policies = await tools.WalletTools.GetPolicies();
        var nonce = await tools.WalletTools.GetNonce(CancellationToken.None);

        Assert.All(new[] { address, info, connect, policies, nonce }, r => Assert.NotEqual(true, r.IsError));
        Assert.Equal(tools.Address, ToolHarness.Json(address)["address"]!.GetValue<string>());
        Assert.Equal(ToolHarness.Network, ToolHarness.Json(address)["network"]!.GetValue<string>());
        Assert.Equal(ToolHarness.Network, ToolHarness.Json(info)["defaultNetwork"]!.GetValue<string>());
        Assert.Contains(ToolHarness.Json(info)["networks"]!.AsArray(), n => n!["id"]!.GetValue<string>() == ToolHarness.Network);
        Assert.Equal(tools.WalletId, ToolHarness.Json(connect)["wallets"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("SPENDING_LIMIT", ToolHarness.Json(policies)["items"]![0]!["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(ToolHarness.Json(nonce)["nonce"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Sends_are_judged_by_the_policy_engine_and_an_idempotency_key_makes_a_repeat_harmless()
    {
        await using var tools = await ToolHarness.StartAsync();
        const string to = "0x00000000000000000000000000000000000000aa";

        var first = ToolHarness.Json(await tools.TransactionTools.SendToken(to, amount: "1000", network: ToolHarness.Network, idempotency_key: "agent-retry-1"));
        var repeat = ToolHarness.Json(await tools.TransactionTools.SendToken(to, amount: "1000", network: ToolHarness.Network, idempotency_key: "agent-retry-1"));
        var other = ToolHarness.Json(await tools.TransactionTools.SendToken(to, amount: "1000", network: ToolHarness.Network));
        var listed = ToolHarness.Json(await tools.TransactionTools.ListTransactions(status: "QUEUED"));
        var shown = ToolHarness.Json(await tools.TransactionTools.GetTransaction(first["id"]!.GetValue<string>()));

        Assert.Equal("QUEUED", first["status"]!.GetValue<string>());
        Assert.Equal("DELAY", first["tier"]!.GetValue<string>());
        Assert.Equal(first["id"]!.GetValue<string>(), repeat["id"]!.GetValue<string>());
        Assert.NotEqual(first["id"]!.GetValue<string>(), other["id"]!.GetValue<string>());
        Assert.Equal(2, listed["items"]!.AsArray().Count);
        Assert.Equal("QUEUED", shown["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_daemon_refusal_is_an_error_result_with_code_hint_and_retryable()
    {
        await using var tools = await ToolHarness.StartAsync();

        var result = await tools.TransactionTools.SendToken("not-an-address", amount: "1", network: ToolHarness.Network);
        var unknown = await tools.TransactionTools.GetTransaction("01900000-0000-7000-8000-000000000000");

        Assert.True(result.IsError);
        var error = ToolHarness.Json(result);
        Assert.True(error["error"]!.GetValue<bool>());
        Assert.Equal("VALIDATION_FAILED", error["code"]!.GetValue<string>());
        Assert.False(error["retryable"]!.GetValue<bool>());
        Assert.DoesNotContain("failed:", error["message"]!.GetValue<string>()); // the daemon's own words, not the SDK's prefix
        Assert.False(string.IsNullOrEmpty(error["requestId"]!.GetValue<string>()));
        Assert.True(unknown.IsError);
        Assert.Equal("TRANSACTION_NOT_FOUND", ToolHarness.Json(unknown)["code"]!.GetValue<string>());
        Assert.Equal(0L, Convert.ToInt64(Sql.Scalar(Path.Combine(tools.Host.Root, "data", "waiaas.db"), "SELECT COUNT(*) FROM transactions"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_multi_wallet_session_is_told_to_pass_wallet_id()
    {
        await using var tools = await ToolHarness.StartAsync();
        var second = (await tools.Host.CreateWalletAsync("second", "ethereum")).GetProperty("id").GetString()!;
        var (_, session) = await tools.Host.SendAsync(HttpMethod.Post, "/v1/sessions", new { walletIds = new[] { tools.WalletId, second } });
        Assert.Null(WaiaaS.Core.Sessions.SessionTokenFile.Write(tools.TokenFile, session.GetProperty("token").GetString()!));
        await tools.MasterAsync(HttpMethod.Delete, $"/v1/sessions/{tools.Session.SessionId}");

        var unnamed = await tools.WalletTools.GetAddress(network: ToolHarness.Network);
        var named = await tools.WalletTools.GetAddress(wallet_id: second, network: ToolHarness.Network);

        Assert.True(unnamed.IsError);
        Assert.Equal("WALLET_REQUIRED", ToolHarness.Json(unnamed)["code"]!.GetValue<string>());
        Assert.Contains("wallet_id", ToolHarness.Json(unnamed)["hint"]!.GetValue<string>());
        Assert.NotEqual(true, named.IsError);
        Assert.Equal(second, ToolHarness.Json(named)["walletId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_revoked_session_gives_guidance_without_isError()
    {
        await using var tools = await ToolHarness.StartAsync();
        var sessionId = tools.Session.SessionId!;
        await tools.MasterAsync(HttpMethod.Delete, $"/v1/sessions/{sessionId}");

        var result = await tools.WalletTools.GetAddress(network: ToolHarness.Network);
        var status = ToolHarness.Json(await tools.Resources.SystemStatus(CancellationToken.None));

        Assert.NotEqual(true, result.IsError);
        var guidance = ToolHarness.Json(result);
        Assert.True(guidance["sessionExpired"]!.GetValue<bool>());
        Assert.Equal("EXPIRED", guidance["state"]!.GetValue<string>());
        Assert.Contains("waiaas mcp refresh-token", guidance["message"]!.GetValue<string>());
        Assert.Equal("waiaas mcp refresh-token", guidance["action"]!.GetValue<string>());
        Assert.Equal("EXPIRED", status["session"]!["state"]!.GetValue<string>());
        Assert.Equal("ok", status["daemon"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain("wai_sess_", status.ToJsonString());
    }

    [Fact]
    public async Task An_unreachable_daemon_is_a_retryable_error_result()
    {
        await using var tools = await ToolHarness.StartAsync(new Uri($"http://127.0.0.1:{ToolHarness.ClosedPort()}/"));
        var result = await tools.WalletTools.GetAddress();
        var status = ToolHarness.Json(await tools.Resources.SystemStatus(CancellationToken.None));

        Assert.True(result.IsError);
        var error = ToolHarness.Json(result);
        Assert.Equal("DAEMON_UNREACHABLE", error["code"]!.GetValue<string>());
        Assert.True(error["retryable"]!.GetValue<bool>());
        Assert.Contains("waiaas start", error["hint"]!.GetValue<string>());
        Assert.Equal("DAEMON_UNREACHABLE", status["daemonError"]!.GetValue<string>());
        Assert.Equal("ACTIVE", status["session"]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Resources_read_the_session_wallet()
    {
        await using var tools = await ToolHarness.StartAsync();

        var address = ToolHarness.Json(await tools.Resources.WalletAddress(CancellationToken.None));
        var status = ToolHarness.Json(await tools.Resources.SystemStatus(CancellationToken.None));

        Assert.Equal(tools.Address, address["address"]!.GetValue<string>());
        Assert.Equal("ACTIVE", status["session"]!["state"]!.GetValue<string>());
        Assert.Equal(tools.Session.SessionId, status["session"]!["sessionId"]!.GetValue<string>());
        Assert.Equal(tools.TokenFile, status["session"]!["tokenFile"]!.GetValue<string>());
    }
}
