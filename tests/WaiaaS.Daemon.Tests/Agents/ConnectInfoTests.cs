using System.Net;
using System.Text.Json;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Sessions;

namespace WaiaaS.Daemon.Tests.Agents;

/// <summary><c>GET /v1/connect-info</c>, and the policy and network lists an agent may read about its own wallets.</summary>
public sealed class ConnectInfoTests
{
    [Fact]
    public async Task ConnectInfo_describes_the_session_its_wallets_networks_and_policies()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var solana = await host.WalletIdAsync("sol-agent");
        var evm = await host.WalletIdAsync("evm-agent", "ethereum");
        var other = await host.WalletIdAsync("not-mine");
        var global = await CreatePolicyAsync(host, """{"type": "RATE_LIMIT", "rules": {"max_transactions": 10, "window_seconds": 60}}""");
        var mine = await CreatePolicyAsync(host, WalletLimit(evm, "1000"));
        await CreatePolicyAsync(host, WalletLimit(other, "5"));
        var (sessionId, token, _) = await host.NewSessionAsync(new
        {
            walletIds = new[] { solana, evm },
            constraints = new { allowedNetworks = new[] { "solana-devnet", "ethereum-sepolia" }, allowedTypes = new[] { "TRANSFER" } },
        });

        var (response, body) = await host.GetAsSessionAsync("/v1/connect-info", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(sessionId, body.GetProperty("session").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("session").GetProperty("token").ValueKind);
        var wallets = body.GetProperty("wallets").EnumerateArray().OrderBy(w => w.GetProperty("chain").GetString() == "solana" ? 0 : 1).ToList();
        Assert.Equal([solana, evm], wallets.Select(w => w.GetProperty("id").GetString()));
        Assert.Equal("solana", wallets[0].GetProperty("chain").GetString());
        Assert.Equal("solana-devnet", wallets[0].GetProperty("defaultNetwork").GetString());
        Assert.Equal(["solana-devnet"], wallets[0].GetProperty("networks").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(["ethereum-sepolia"], wallets[1].GetProperty("networks").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        var policyIds = body.GetProperty("policies").EnumerateArray().Select(p => p.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(new[] { global, mine }.Order(), policyIds);
        Assert.Equal(["TRANSFER"], body.GetProperty("transactionTypes").EnumerateArray().Select(t => t.GetString()));
        var prompt = body.GetProperty("prompt").GetString()!;
        Assert.Contains("sol-agent", prompt);
        Assert.Contains("walletId", prompt);
        Assert.DoesNotContain(token, body.GetRawText());
    }

    [Fact]
    public async Task Agent_policy_list_shows_global_and_own_wallet_policies_only()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var wallet = await host.WalletIdAsync("agent");
        var other = await host.WalletIdAsync("someone-else");
        var global = await CreatePolicyAsync(host, """{"type": "RATE_LIMIT", "rules": {"max_transactions": 10, "window_seconds": 60}}""");
        var mine = await CreatePolicyAsync(host, WalletLimit(wallet, "1000"));
        var theirs = await CreatePolicyAsync(host, WalletLimit(other, "5"));
        var (_, token, _) = await host.NewSessionAsync(new { walletId = wallet });

        var (listed, all) = await host.GetAsSessionAsync("/v1/policies", token);
        var (named, byWallet) = await host.GetAsSessionAsync($"/v1/policies?walletId={wallet}", token);
        var (refused, error) = await host.GetAsSessionAsync($"/v1/policies?walletId={other}", token);
        var (operatorList, operatorBody) = await host.SendAsync(HttpMethod.Get, "/v1/policies");
        var (single, _) = await host.GetAsSessionAsync($"/v1/policies/{mine}", token);

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(new[] { global, mine }.Order(), Ids(all).Order());
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Equal(new[] { global, mine }.Order(), Ids(byWallet).Order());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("WALLET_NOT_IN_SESSION", error.Code());
        Assert.Equal(HttpStatusCode.OK, operatorList.StatusCode);
        Assert.Contains(theirs, Ids(operatorBody));
        Assert.Equal(HttpStatusCode.Unauthorized, single.StatusCode);
    }

    [Fact]
    public async Task Agent_reads_the_networks_of_its_own_wallet_only()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var wallet = await host.WalletIdAsync("agent", "ethereum");
        var other = await host.WalletIdAsync("someone-else");
        var (_, token, _) = await host.NewSessionAsync(new { walletId = wallet });

        var (mine, body) = await host.GetAsSessionAsync($"/v1/wallets/{wallet}/networks", token);
        var (theirs, error) = await host.GetAsSessionAsync($"/v1/wallets/{other}/networks", token);

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("ethereum-sepolia", body.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
        Assert.Equal("WALLET_NOT_IN_SESSION", error.Code());
    }

    private static string WalletLimit(string walletId, string nativeMax) =>
        JsonSerializer.Serialize(new { walletId, type = "SPENDING_LIMIT", rules = new { instant_max = new { native = nativeMax } } });

    private static IEnumerable<string?> Ids(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString());

    private static async Task<string> CreatePolicyAsync(DaemonTestHost host, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/policies") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Master-Password", DaemonTestHost.Password);
        using var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("id").GetString()!;
    }
}
