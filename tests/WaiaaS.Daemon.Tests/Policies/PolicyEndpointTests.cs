using System.Net;
using System.Text;
using System.Text.Json;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Policies;

public class PolicyEndpointTests
{
    private const string Limit = """{"instant_max": {"native": "1000000"}, "daily_limit_usd": 500}""";

    [Fact]
    public async Task Create_Get_List_Update_Delete_WithAuditRows()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var walletId = (await host.CreateWalletAsync("w", "ethereum")).GetProperty("id").GetString()!;

        var (created, policy) = await Send(host, HttpMethod.Post, "/v1/policies", $$"""{"walletId": "{{walletId}}", "network": "base-sepolia", "type": "SPENDING_LIMIT", "rules": {{Limit}}, "priority": 5}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = policy.GetProperty("id").GetString()!;
        Assert.Equal($"/v1/policies/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(walletId, policy.GetProperty("walletId").GetString());
        Assert.Equal("base-sepolia", policy.GetProperty("network").GetString());
        Assert.Equal("SPENDING_LIMIT", policy.GetProperty("type").GetString());
        Assert.Equal("1000000", policy.GetProperty("rules").GetProperty("instant_max").GetProperty("native").GetString());
        Assert.Equal(5, policy.GetProperty("priority").GetInt32());
        Assert.True(policy.GetProperty("enabled").GetBoolean());

        var (_, global) = await Send(host, HttpMethod.Post, "/v1/policies", """{"type": "RATE_LIMIT", "rules": {"max_transactions": 10, "window_seconds": 60}}""");
        Assert.Equal(JsonValueKind.Null, global.GetProperty("walletId").ValueKind);
        Assert.Equal(JsonValueKind.Null, global.GetProperty("network").ValueKind);
        Assert.Equal(0, global.GetProperty("priority").GetInt32());

        var (_, fetched) = await host.SendAsync(HttpMethod.Get, $"/v1/policies/{id}");
        Assert.Equal(id, fetched.GetProperty("id").GetString());
        Assert.Equal(2, Ids(await List(host, "/v1/policies")).Count);
        Assert.Equal([id], Ids(await List(host, $"/v1/policies?walletId={walletId}")));
        Assert.Equal([global.GetProperty("id").GetString()!], Ids(await List(host, "/v1/policies?type=RATE_LIMIT")));

        host.Time.Advance(TimeSpan.FromSeconds(10));
        var (updated, changed) = await Send(host, HttpMethod.Put, $"/v1/policies/{id}", """{"rules": {"instant_max": {"native": "5"}}, "enabled": false, "network": null}""");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("5", changed.GetProperty("rules").GetProperty("instant_max").GetProperty("native").GetString());
        Assert.False(changed.GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, changed.GetProperty("network").ValueKind);
        Assert.Equal(5, changed.GetProperty("priority").GetInt32());
        Assert.Equal(policy.GetProperty("createdAt").GetInt64() + 10, changed.GetProperty("updatedAt").GetInt64());

        var (deleted, _) = await host.SendAsync(HttpMethod.Delete, $"/v1/policies/{id}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var (gone, goneBody) = await host.SendAsync(HttpMethod.Get, $"/v1/policies/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("POLICY_NOT_FOUND", goneBody.GetProperty("code").GetString());

        var (_, audit) = await host.SendAsync(HttpMethod.Get, $"/v1/audit-logs?walletId={walletId}");
        var events = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("eventType").GetString()).ToList();
        Assert.Equal(["policy.deleted", "policy.updated", "policy.created", "wallet.created"], events);
        var update = audit.GetProperty("items")[1].GetProperty("details");
        Assert.Equal(id, update.GetProperty("policyId").GetString());
        Assert.Equal("base-sepolia", update.GetProperty("previous").GetProperty("network").GetString());
        Assert.Equal("5", update.GetProperty("rules").GetProperty("instant_max").GetProperty("native").GetString());
    }

    [Theory]
    [InlineData("""{"type": "SPENDING_LIMIT", "rules": {"instant_max": {"native": 1000}}}""", "rules.instant_max.native")]
    [InlineData("""{"type": "SPENDING_LIMIT", "rules": {"instant_max": {"native": "1"}, "extra": 1}}""", "rules.extra")]
    [InlineData("""{"type": "SPENDING_LIMIT"}""", "rules")]
    [InlineData("""{"type": "NOT_A_TYPE", "rules": {}}""", "type")]
    [InlineData("""{"rules": {}}""", "type")]
    [InlineData("""{"type": "RATE_LIMIT", "rules": {"max_transactions": 1, "window_seconds": 1}, "priority": "high"}""", "priority")]
    [InlineData("""{"type": "RATE_LIMIT", "rules": {"max_transactions": 1, "window_seconds": 1}, "enabled": 1}""", "enabled")]
    [InlineData("""{"type": "RATE_LIMIT", "rules": {"max_transactions": 1, "window_seconds": 1}, "scope": "all"}""", "scope")]
    [InlineData("""{"type": "RATE_LIMIT", "rules": {"max_transactions": 1, "window_seconds": 1}, "network": "moon-mainnet"}""", "network")]
    [InlineData("""{"type": "ALLOWED_NETWORKS", "rules": {"networks": ["solana-devnet", "moon-mainnet"]}}""", "rules.networks[1]")]
    public async Task Create_WithInvalidInput_NamesTheField(string body, string field)
    {
        await using var host = await DaemonTestHost.StartAsync();

        var (response, error) = await Send(host, HttpMethod.Post, "/v1/policies", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("VALIDATION_FAILED", error.GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("details").GetProperty("field").GetString());
        Assert.Empty(Ids(await List(host, "/v1/policies")));
    }

    [Fact]
    public async Task Create_ChecksTheWalletAndThatTheNetworkBelongsToItsChain()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var solana = (await host.CreateWalletAsync("s", "solana")).GetProperty("id").GetString()!;

        var (missing, missingBody) = await Send(host, HttpMethod.Post, "/v1/policies", $$$"""{"walletId": "{{{Guid.CreateVersion7()}}}", "type": "RATE_LIMIT", "rules": {"max_transactions": 1, "window_seconds": 1}}""");
        var (wrongChain, wrongChainBody) = await Send(host, HttpMethod.Post, "/v1/policies", $$$"""{"walletId": "{{{solana}}}", "network": "ethereum-sepolia", "type": "RATE_LIMIT", "rules": {"max_transactions": 1, "window_seconds": 1}}""");
        var (ok, _) = await Send(host, HttpMethod.Post, "/v1/policies", $$$"""{"walletId": "{{{solana}}}", "network": "solana-mainnet", "type": "ALLOWED_NETWORKS", "rules": {"networks": ["solana-devnet"]}}""");
        var (wrongList, wrongListBody) = await Send(host, HttpMethod.Post, "/v1/policies", $$$"""{"walletId": "{{{solana}}}", "type": "ALLOWED_NETWORKS", "rules": {"networks": ["base-sepolia"]}}""");
        await host.SendAsync(HttpMethod.Delete, $"/v1/wallets/{solana}");
        var (terminated, terminatedBody) = await Send(host, HttpMethod.Post, "/v1/policies", $$$"""{"walletId": "{{{solana}}}", "type": "RATE_LIMIT", "rules": {"max_transactions": 1, "window_seconds": 1}}""");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("WALLET_NOT_FOUND", missingBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, wrongChain.StatusCode);
        Assert.Equal("network", wrongChainBody.GetProperty("details").GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.Equal("rules.networks[0]", wrongListBody.GetProperty("details").GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, wrongList.StatusCode);
        Assert.Equal("WALLET_TERMINATED", terminatedBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Gone, terminated.StatusCode);
    }

    [Fact]
    public async Task Update_ValidatesRulesAgainstTheStoredType_AndKeepsIdentityFields()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var (_, policy) = await Send(host, HttpMethod.Post, "/v1/policies", """{"type": "RATE_LIMIT", "rules": {"max_transactions": 1, "window_seconds": 1}}""");
        var path = "/v1/policies/" + policy.GetProperty("id").GetString();

        var (badRules, badRulesBody) = await Send(host, HttpMethod.Put, path, """{"rules": {"instant_max": {"native": "1"}}}""");
        var (newType, newTypeBody) = await Send(host, HttpMethod.Put, path, """{"type": "SPENDING_LIMIT"}""");
        var (same, sameBody) = await Send(host, HttpMethod.Put, path, """{"type": "RATE_LIMIT", "walletId": null, "priority": 7}""");
        var (unknown, unknownBody) = await Send(host, HttpMethod.Put, $"/v1/policies/{Guid.CreateVersion7()}", """{"priority": 1}""");

        Assert.Equal("rules.instant_max", badRulesBody.GetProperty("details").GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badRules.StatusCode);
        Assert.Equal("type", newTypeBody.GetProperty("details").GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, newType.StatusCode);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(7, sameBody.GetProperty("priority").GetInt32());
        Assert.Equal(1, sameBody.GetProperty("rules").GetProperty("max_transactions").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("POLICY_NOT_FOUND", unknownBody.GetProperty("code").GetString());
    }

    [Fact]
    public async Task List_WithAnUnknownType_IsRefused_AndMalformedJsonIsInvalidRequest()
    {
        await using var host = await DaemonTestHost.StartAsync();

        var (list, listBody) = await host.SendAsync(HttpMethod.Get, "/v1/policies?type=NOPE");
        var (malformed, malformedBody) = await Send(host, HttpMethod.Post, "/v1/policies", "{\"type\": ");

        Assert.Equal(HttpStatusCode.BadRequest, list.StatusCode);
        Assert.Equal("VALIDATION_FAILED", listBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("INVALID_REQUEST", malformedBody.GetProperty("code").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_ListsThePolicyEndpoints()
    {
        await using var host = await DaemonTestHost.StartAsync();

        var text = await host.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("\"/v1/policies\"", text, StringComparison.Ordinal);
        Assert.Contains("\"/v1/policies/{id}\"", text, StringComparison.Ordinal);
    }

    private static async Task<(HttpResponseMessage Response, JsonElement Body)> Send(DaemonTestHost host, HttpMethod method, string path, string json)
    {
        using var request = DaemonTestHost.Request(method, path);
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await host.Client.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response, document.RootElement.Clone());
    }

    private static async Task<JsonElement> List(DaemonTestHost host, string path) => (await host.SendAsync(HttpMethod.Get, path)).Body;

    private static List<string> Ids(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();
}
