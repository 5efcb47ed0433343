using System.Globalization;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using WaiaaS.Core.Sessions;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>
/// Issue 6 item 6: the official TypeScript MCP client drives a real <c>waiaas mcp serve</c> over stdio against a running
/// daemon on a real Anvil: tools listed, balance read, an INSTANT send confirmed on chain, a DELAY send held, the
/// lazy 401 reload adopting a token written to the file, an expired session answered with guidance (not
/// <c>isError</c>), and after <c>waiaas mcp refresh-token</c> in another process the same client working again.
/// </summary>
public sealed class McpClientTests
{
    private static readonly string[] ToolNames =
    [
        "approve_token", "call_contract", "connect_info", "get_address", "get_assets", "get_balance", "get_nonce",
        "get_policies", "get_transaction", "get_wallet_info", "list_transactions", "send_token", "simulate_transaction",
    ];

    private static readonly BigInteger Funded = BigInteger.Pow(10, 19);

    [Fact]
    public async Task Official_TypeScript_client_drives_mcp_serve_through_send_expiry_and_refresh()
    {
        await using var anvil = await AnvilNode.StartAsync();
        await using var sandbox = new DaemonSandbox();
        sandbox.Environment["WAIAAS_ORACLE_ENABLED"] = "false";
        Assert.Equal(0, (await sandbox.RunAsync("init")).ExitCode);
        await File.AppendAllTextAsync(Path.Combine(sandbox.DataDir, "config.toml"),
            $"\n[rpc.custom.anvil]\nchain = \"ethereum\"\nchain_id = {AnvilNode.ChainId}\nurl = \"{anvil.Url}\"\nenvironment = \"testnet\"\n");
        using var http = DaemonHttp.Client(await sandbox.StartDetachedAsync());
        var wallet = await MasterAsync(http, HttpMethod.Post, "v1/wallets", new { name = "mcp-agent", chain = "ethereum", environment = "testnet" });
        var walletId = wallet.GetProperty("id").GetString()!;
        var address = wallet.GetProperty("address").GetString()!;
        await anvil.SetBalanceAsync(address, Funded);
        // INSTANT up to 0.001 ETH; DELAY (one day) up to 1 ETH.
        await MasterAsync(http, HttpMethod.Post, "v1/policies", new
        {
            walletId,
            type = "SPENDING_LIMIT",
            rules = new { instant_max = new { native = "1000000000000000" }, notify_max = new { native = "1000000000000000" }, delay_max = new { native = "1000000000000000000" }, delay_seconds = 86400 },
        });

        var setup = await sandbox.RunAsync("mcp", "setup");
        Assert.True(setup.ExitCode == 0, "mcp setup: " + setup);
        var tokenFile = SessionTokenFile.DefaultPath(new Core.DataDirectory.DataDirectoryLayout(sandbox.DataDir));
        var firstToken = SessionTokenFile.Read(tokenFile).Value!;
        Assert.DoesNotContain(firstToken, setup.Output + setup.Error);

        // The agent's process gets no master password.
        await using var client = await McpClientDriver.StartAsync(sandbox, sandbox.EnvironmentWith(("WAIAAS_MASTER_PASSWORD", null)));

        var tools = (await client.ListToolsAsync())["tools"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Order().ToArray();
        Assert.Equal(ToolNames, tools);
        var resources = (await client.ListResourcesAsync())["resources"]!.AsArray().Select(r => r!["uri"]!.GetValue<string>()).Order().ToArray();
        Assert.Equal(["waiaas://system/status", "waiaas://wallet/address", "waiaas://wallet/balance"], resources);

        var balance = await client.CallToolAsync("get_balance", new { network = "anvil" });
        Assert.False(McpClientDriver.IsError(balance), balance.ToJsonString());
        var native = McpClientDriver.TextJson(balance)["assets"]![0]!;
        Assert.Equal(Funded.ToString(CultureInfo.InvariantCulture), native["balance"]!.GetValue<string>());

        var recipient = "0x" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
        var instant = McpClientDriver.TextJson(await client.CallToolAsync("send_token", new { to = recipient, amount = "12345", network = "anvil" }));
        Assert.Equal("INSTANT", instant["tier"]!.GetValue<string>());
        var instantId = instant["id"]!.GetValue<string>();
        JsonObject? settled = null;
        await Poll.UntilAsync(async () =>
        {
            settled = McpClientDriver.TextJson(await client.CallToolAsync("get_transaction", new { transaction_id = instantId }));
            return settled["status"]!.GetValue<string>() is "CONFIRMED" or "FAILED";
        }, "the INSTANT transfer to settle");
        Assert.Equal("CONFIRMED", settled!["status"]!.GetValue<string>());
        Assert.Equal(new BigInteger(12345), await anvil.BalanceAsync(recipient));

        var delayed = await client.CallToolAsync("send_token", new { to = recipient, human_amount = "0.5", network = "anvil" });
        Assert.False(McpClientDriver.IsError(delayed), delayed.ToJsonString());
        Assert.Equal("QUEUED", McpClientDriver.TextJson(delayed)["status"]!.GetValue<string>());
        Assert.Equal("DELAY", McpClientDriver.TextJson(delayed)["tier"]!.GetValue<string>());

        // Lazy 401 reload: the session is revoked and a short-lived one (6 s, no renewal past that) is written to the
        // file; the next call is refused, re-reads the file and succeeds with the new token.
        var oldSession = SessionTokenCodec.DecodeUntrusted(firstToken).Value!.SessionId;
        await MasterAsync(http, HttpMethod.Delete, $"v1/sessions/{oldSession}", null);
        var shortLived = await MasterAsync(http, HttpMethod.Post, "v1/sessions", new { walletId, ttl = 6, absoluteLifetime = 6, source = "mcp" });
        Assert.Null(SessionTokenFile.Write(tokenFile, shortLived.GetProperty("token").GetString()!));
        var reloaded = await client.CallToolAsync("get_address", new { network = "anvil" });
        Assert.False(McpClientDriver.IsError(reloaded), reloaded.ToJsonString());
        Assert.Equal(address, McpClientDriver.TextJson(reloaded)["address"]!.GetValue<string>());

        // Past its absolute lifetime the session is over: guidance, not an error result.
        var endsAt = DateTimeOffset.FromUnixTimeSeconds(shortLived.GetProperty("absoluteExpiresAt").GetInt64());
        await Poll.UntilAsync(async () => DateTimeOffset.FromUnixTimeSeconds(await DaemonClockAsync(http)) > endsAt.AddSeconds(1), "the short session to expire");
        var expired = await client.CallToolAsync("get_balance", new { network = "anvil" });
        Assert.False(McpClientDriver.IsError(expired), expired.ToJsonString());
        var guidance = McpClientDriver.TextJson(expired);
        Assert.True(guidance["sessionExpired"]!.GetValue<bool>());
        Assert.Contains("waiaas mcp refresh-token", guidance["message"]!.GetValue<string>());

        // Another process issues a new token; the same client (no restart) works again.
        var refresh = await sandbox.RunAsync("mcp", "refresh-token");
        Assert.True(refresh.ExitCode == 0, "mcp refresh-token: " + refresh);
        var again = await client.CallToolAsync("get_balance", new { network = "anvil" });
        Assert.False(McpClientDriver.IsError(again), again.ToJsonString() + "\n" + client.ServerLog);
        Assert.True(McpClientDriver.TextJson(again)["sessionExpired"] is null, "the refreshed token was not picked up: " + again.ToJsonString());
        Assert.Equal(address, McpClientDriver.TextJson(again)["address"]!.GetValue<string>());

        var status = JsonNode.Parse((await client.ReadResourceAsync("waiaas://system/status"))["contents"]![0]!["text"]!.GetValue<string>())!;
        Assert.Equal("ACTIVE", status["session"]!["state"]!.GetValue<string>());
        Assert.DoesNotContain("wai_sess_", client.ServerLog);
    }

    /// <summary>The daemon's clock (its <c>/health</c> timestamp), so the wait does not depend on this machine's clock agreeing.</summary>
    private static async Task<long> DaemonClockAsync(HttpClient http) => (await http.GetFromJsonAsync<JsonElement>("health")).GetProperty("timestamp").GetInt64();

    private static async Task<JsonElement> MasterAsync(HttpClient client, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Master-Password", DaemonSandbox.Password);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
