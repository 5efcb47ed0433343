using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using WaiaaS.Core.Chains;
using WaiaaS.Core.DataDirectory;
using WaiaaS.Core.Sessions;
using WaiaaS.Daemon.Owners;
using WaiaaS.Daemon.Tests.Owners;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>
/// Issue 6 item 5: the daemon-backed commands as real processes against a real daemon: <c>mcp setup</c>,
/// <c>mcp refresh-token</c>, <c>quickset</c>, <c>session</c>, <c>policy</c>, <c>killswitch</c>, <c>owner set</c> and
/// <c>tx list|show|cancel</c> on a DELAY transaction.
/// </summary>
public sealed class CliCommandsTests
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task Mcp_setup_and_refresh_token_keep_a_private_token_file_the_daemon_accepts()
    {
        await using var sandbox = NoChainSandbox();
        using var http = DaemonHttp.Client(await sandbox.StartDetachedAsync());
        var layout = new DataDirectoryLayout(sandbox.DataDir);

        var none = await sandbox.RunAsync("mcp", "setup");
        Assert.True(none.ExitCode == 13, none.ToString());
        Assert.Contains("waiaas quickset", none.Error);

        var walletId = (await MasterAsync(http, HttpMethod.Post, "v1/wallets", new { name = "agent", chain = "ethereum", environment = "testnet" })).GetProperty("id").GetString()!;
        var setup = await sandbox.RunAsync("mcp", "setup", "--wallet", "agent", "--json");
        Assert.True(setup.ExitCode == 0, setup.ToString());
        var report = JsonDocument.Parse(setup.Output).RootElement;
        var tokenFile = SessionTokenFile.ForWallet(layout, walletId);
        Assert.Equal(tokenFile, report.GetProperty("tokenFile").GetString());
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(tokenFile));
        var token = SessionTokenFile.Read(tokenFile).Value!;
        Assert.DoesNotContain(token, setup.AllText);
        Assert.Equal(SessionTokenCodec.DecodeUntrusted(token).Value!.SessionId, report.GetProperty("sessionId").GetString());
        Assert.Equal([walletId], report.GetProperty("walletIds").EnumerateArray().Select(w => w.GetString()));
        Assert.EndsWith("claude_desktop_config.json", report.GetProperty("configPath").GetString());
        Assert.Equal(HttpStatusCode.OK, (await AgentGetAsync(http, token, $"v1/wallet/address?walletId={walletId}")).Status);

        // The entry starts this very tool: the dotnet host and the absolute waiaas.dll (the tests run it that way).
        var server = report.GetProperty("mcpServers").GetProperty("waiaas-agent");
        var command = server.GetProperty("command").GetString()!;
        var args = server.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.True(Path.IsPathFullyQualified(command) && File.Exists(command), command);
        Assert.True(Path.IsPathFullyQualified(args[0]) && File.Exists(args[0]) && args[0].EndsWith("waiaas.dll", StringComparison.Ordinal), args[0]);
        Assert.Equal(["mcp", "serve", "--wallet", walletId, "--data-dir", sandbox.DataDir], args.Skip(1));

        // The plain form prints the snippet on stdout and the facts on stderr, never the token.
        var plain = await sandbox.RunAsync("mcp", "setup", "--wallet", walletId);
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.True(JsonDocument.Parse(plain.Output).RootElement.GetProperty("mcpServers").TryGetProperty("waiaas-agent", out _));
        Assert.Contains(tokenFile, plain.Error);
        Assert.Contains("claude_desktop_config.json", plain.Error);
        var second = SessionTokenFile.Read(tokenFile).Value!;
        Assert.DoesNotContain(second, plain.AllText);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AgentGetAsync(http, token, $"v1/wallet/address?walletId={walletId}")).Status);

        // A session with narrower constraints in the file: refresh-token keeps them and swaps the token.
        var constraints = new { allowedNetworks = new[] { "ethereum-sepolia" }, allowedTypes = new[] { "TRANSFER" } };
        var narrow = await MasterAsync(http, HttpMethod.Post, "v1/sessions", new { walletId, constraints, source = "mcp" });
        Assert.Null(SessionTokenFile.Write(tokenFile, narrow.GetProperty("token").GetString()!));
        var refresh = await sandbox.RunAsync("mcp", "refresh-token", "--wallet", "agent");
        Assert.True(refresh.ExitCode == 0, refresh.ToString());
        Assert.Equal(tokenFile, refresh.Output.Trim());
        var fresh = SessionTokenFile.Read(tokenFile).Value!;
        Assert.DoesNotContain(fresh, refresh.AllText);
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(tokenFile));
        Assert.Equal(HttpStatusCode.Unauthorized, (await AgentGetAsync(http, narrow.GetProperty("token").GetString()!, $"v1/wallet/address?walletId={walletId}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await AgentGetAsync(http, fresh, $"v1/wallet/address?walletId={walletId}")).Status);
        var freshId = SessionTokenCodec.DecodeUntrusted(fresh).Value!.SessionId;
        var renewed = await DaemonHttp.GetJsonAsync(http, $"v1/sessions/{freshId}", withPassword: true);
        Assert.Equal(narrow.GetProperty("constraints").GetRawText(), renewed.GetProperty("constraints").GetRawText());
        Assert.Equal("mcp", renewed.GetProperty("source").GetString());
        Assert.Equal("REVOKED", (await DaemonHttp.GetJsonAsync(http, $"v1/sessions/{narrow.GetProperty("id").GetString()}", withPassword: true)).GetProperty("status").GetString());

        // No default token file yet: refresh-token says how to get one.
        var missing = await sandbox.RunAsync("mcp", "refresh-token");
        Assert.True(missing.ExitCode == 1, missing.ToString());
        Assert.Contains("waiaas mcp setup", missing.Error);
    }

    [Fact]
    public async Task Quickset_twice_reuses_its_wallets_and_replaces_the_session()
    {
        await using var sandbox = NoChainSandbox();
        using var http = DaemonHttp.Client(await sandbox.StartDetachedAsync());

        var first = await sandbox.RunAsync("quickset", "--mode", "testnet", "--json");
        Assert.True(first.ExitCode == 0, first.ToString());
        var again = await sandbox.RunAsync("quickset", "--mode", "testnet", "--json");
        Assert.True(again.ExitCode == 0, again.ToString());

        var one = JsonDocument.Parse(first.Output).RootElement;
        var two = JsonDocument.Parse(again.Output).RootElement;
        var wallets = one.GetProperty("wallets").EnumerateArray().ToList();
        Assert.Equal(["quickset-solana-testnet", "quickset-evm-testnet"], wallets.Select(w => w.GetProperty("name").GetString()));
        Assert.Equal(["solana", "ethereum"], wallets.Select(w => w.GetProperty("chain").GetString()));
        Assert.All(wallets, w => Assert.True(w.GetProperty("created").GetBoolean()));
        Assert.Equal(wallets.Select(w => w.GetProperty("id").GetString()), two.GetProperty("wallets").EnumerateArray().Select(w => w.GetProperty("id").GetString()));
        Assert.All(two.GetProperty("wallets").EnumerateArray(), w => Assert.False(w.GetProperty("created").GetBoolean()));

        var token = SessionTokenFile.Read(SessionTokenFile.DefaultPath(new DataDirectoryLayout(sandbox.DataDir))).Value!;
        Assert.Equal(two.GetProperty("sessionId").GetString(), SessionTokenCodec.DecodeUntrusted(token).Value!.SessionId);
        Assert.DoesNotContain(token, first.AllText + again.AllText);
        Assert.Equal("REVOKED", (await DaemonHttp.GetJsonAsync(http, $"v1/sessions/{one.GetProperty("sessionId").GetString()}", withPassword: true)).GetProperty("status").GetString());
        foreach (var wallet in wallets)
        {
            Assert.Equal(HttpStatusCode.OK, (await AgentGetAsync(http, token, $"v1/wallet/address?walletId={wallet.GetProperty("id").GetString()}")).Status);
        }

        var args = two.GetProperty("mcpServers").GetProperty("waiaas").GetProperty("args").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Equal(["mcp", "serve", "--data-dir", sandbox.DataDir], args.Skip(1));

        var mainnet = await sandbox.RunAsync("quickset", "--mode", "mainnet");
        Assert.True(mainnet.ExitCode == 0, mainnet.ToString());
        Assert.Contains("REAL funds", mainnet.Error);
        Assert.Contains("quickset-evm-mainnet", mainnet.Error);
    }

    [Fact]
    public async Task Session_policy_killswitch_and_owner_commands_work_through_the_daemon()
    {
        await using var sandbox = NoChainSandbox();
        using var http = DaemonHttp.Client(await sandbox.StartDetachedAsync());
        var wallet = await MasterAsync(http, HttpMethod.Post, "v1/wallets", new { name = "ops", chain = "ethereum", environment = "testnet" });
        var walletId = wallet.GetProperty("id").GetString()!;

        var created = await sandbox.RunAsync("session", "create", "--wallet", "ops", "--ttl", "600");
        Assert.True(created.ExitCode == 0, created.ToString());
        var token = created.Output.Trim();
        Assert.StartsWith("wai_sess_", token);
        Assert.Contains("only this once", created.Error);
        Assert.Equal(HttpStatusCode.OK, (await AgentGetAsync(http, token, $"v1/wallet/address?walletId={walletId}")).Status);
        var sessionId = SessionTokenCodec.DecodeUntrusted(token).Value!.SessionId;
        var list = await sandbox.RunAsync("session", "list", "--json");
        var listed = Assert.Single(JsonDocument.Parse(list.Output).RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(sessionId, listed.GetProperty("id").GetString());
        Assert.Equal("cli", listed.GetProperty("source").GetString());
        Assert.Equal(600, listed.GetProperty("ttlSeconds").GetInt64());
        var revoke = await sandbox.RunAsync("session", "revoke", sessionId);
        Assert.True(revoke.ExitCode == 0, revoke.ToString());
        Assert.Contains("REVOKED", revoke.Output);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AgentGetAsync(http, token, $"v1/wallet/address?walletId={walletId}")).Status);

        var add = await sandbox.RunAsync("policy", "add", "--type", "SPENDING_LIMIT", "--wallet", "ops", "--priority", "5", "--json", "--rules", """{"instant_max":{"native":"1000"}}""");
        Assert.True(add.ExitCode == 0, add.ToString());
        var policyId = JsonDocument.Parse(add.Output).RootElement.GetProperty("id").GetString()!;
        var policies = await sandbox.RunAsync("policy", "list");
        Assert.Contains($"{policyId}  SPENDING_LIMIT  {walletId}  all-networks  priority 5  enabled", policies.Output);
        var refused = await sandbox.RunAsync("policy", "add", "--type", "NO_SUCH_TYPE", "--rules", "{}");
        Assert.True(refused.ExitCode == 12, refused.ToString());
        Assert.StartsWith("error: VALIDATION_FAILED: ", refused.Error);
        Assert.Equal(0, (await sandbox.RunAsync("policy", "remove", policyId)).ExitCode);
        Assert.DoesNotContain(policyId, (await sandbox.RunAsync("policy", "list")).Output);

        var owner = await sandbox.RunAsync("owner", "set", "ops", "0x000000000000000000000000000000000000dEaD");
        Assert.True(owner.ExitCode == 0, owner.ToString());
        Assert.Contains("GRACE", owner.Output);
        var verify = await sandbox.RunAsync("owner", "verify", "ops", "--json");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        var toSign = JsonDocument.Parse(verify.Output).RootElement;
        Assert.Contains($"WaiaaS: verify the owner of wallet {walletId}", toSign.GetProperty("message").GetString());
        Assert.Contains("--signature <signature>", toSign.GetProperty("command").GetString());

        var on = await sandbox.RunAsync("killswitch", "on", "--reason", "drill");
        Assert.True(on.ExitCode == 0, on.ToString());
        Assert.Contains("SUSPENDED", on.Output);
        Assert.StartsWith("SUSPENDED", (await sandbox.RunAsync("killswitch", "status")).Output);
        var again = await sandbox.RunAsync("killswitch", "on");
        Assert.True(again.ExitCode == 12, again.ToString());
        Assert.Contains("KILL_SWITCH_ALREADY_ACTIVATED", again.Error);
        var off = await sandbox.RunAsync("killswitch", "off");
        Assert.True(off.ExitCode == 0, off.ToString());
        var status = JsonDocument.Parse((await sandbox.RunAsync("killswitch", "status", "--json")).Output).RootElement;
        Assert.Equal("ACTIVE", status.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Tx_commands_cancel_a_delayed_transaction_and_take_the_owners_signature_in_a_second_run()
    {
        await using var sandbox = new DaemonSandbox();
        sandbox.Environment["WAIAAS_ORACLE_ENABLED"] = "false";
        Assert.Equal(0, (await sandbox.RunAsync("init")).ExitCode);
        // No chain: the network's RPC is a loopback port nothing listens on; a DELAY send waits in QUEUED without it.
        await File.AppendAllTextAsync(Path.Combine(sandbox.DataDir, "config.toml"),
            $"\n[rpc.custom.nowhere]\nchain = \"ethereum\"\nchain_id = 31337\nurl = \"http://127.0.0.1:{ClosedPort()}\"\nenvironment = \"testnet\"\n");
        using var http = DaemonHttp.Client(await sandbox.StartDetachedAsync());
        var walletId = (await MasterAsync(http, HttpMethod.Post, "v1/wallets", new { name = "payer", chain = "ethereum", environment = "testnet" })).GetProperty("id").GetString()!;
        await MasterAsync(http, HttpMethod.Post, "v1/policies", new
        {
            walletId,
            type = "SPENDING_LIMIT",
            rules = new { instant_max = new { native = "1" }, notify_max = new { native = "1" }, delay_max = new { native = "1000000000000000000" }, delay_seconds = 86400 },
        });
        var token = (await MasterAsync(http, HttpMethod.Post, "v1/sessions", new { walletId })).GetProperty("token").GetString()!;
        var sentBody = await AgentSendAsync(http, token, "1000");
        var id = sentBody.GetProperty("id").GetString()!;
        Assert.Equal("DELAY", sentBody.GetProperty("tier").GetString());

        var list = await sandbox.RunAsync("tx", "list", "--wallet", "payer", "--status", "queued");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.StartsWith($"{id}  QUEUED  DELAY  TRANSFER  nowhere  1000  0x{new string('2', 40)}", list.Output);
        var show = await sandbox.RunAsync("tx", "show", id);
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("QUEUED (DELAY)", show.Output);
        Assert.Contains("executes", show.Output);
        var approve = await sandbox.RunAsync("tx", "approve", id);
        Assert.True(approve.ExitCode == 12, approve.ToString());
        Assert.Contains("not waiting for the owner", approve.Error);

        var cancel = await sandbox.RunAsync("tx", "cancel", id, "--json");
        Assert.True(cancel.ExitCode == 0, cancel.ToString());
        Assert.Equal("CANCELLED", JsonDocument.Parse(cancel.Output).RootElement.GetProperty("status").GetString());
        var twice = await sandbox.RunAsync("tx", "cancel", id);
        Assert.True(twice.ExitCode == 12, twice.ToString());
        Assert.StartsWith("error: ", twice.Error);
        Assert.Empty((await sandbox.RunAsync("tx", "list", "--status", "QUEUED")).Output);

        // The owner proves the address: the first run prints the message and the command, the second submits it.
        var owner = OwnerTestKey.Create(ChainType.Ethereum);
        Assert.Equal(0, (await sandbox.RunAsync("owner", "set", "payer", owner.Address)).ExitCode);
        var request = JsonDocument.Parse((await sandbox.RunAsync("owner", "verify", "payer", "--json")).Output).RootElement;
        var next = request.GetProperty("command").GetString()!.Split(' ');
        var message = next[Array.IndexOf(next, "--message") + 1];
        var verify = await sandbox.RunAsync("owner", "verify", "payer", "--message", message, "--signature", owner.Sign(request.GetProperty("message").GetString()!));
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("LOCKED", verify.Output);

        // Above delay_max with a verified owner: APPROVAL. The owner's signature over the daemon's reject message cancels it.
        var big = await AgentSendAsync(http, token, "5000000000000000000");
        Assert.Equal("APPROVAL", big.GetProperty("tier").GetString());
        var bigId = big.GetProperty("id").GetString()!;
        var toSign = await sandbox.RunAsync("tx", "reject", bigId);
        Assert.True(toSign.ExitCode == 0, toSign.ToString());
        Assert.Contains($"WaiaaS: reject transaction {bigId}", toSign.Output);
        Assert.Contains($"waiaas tx reject {bigId}", toSign.Error);
        var forged = await sandbox.RunAsync("tx", "reject", bigId, "--signature", owner.Sign(toSign.Output.TrimEnd('\n') + " "));
        Assert.True(forged.ExitCode == 12, forged.ToString());
        Assert.Contains("INVALID_SIGNATURE", forged.Error);
        var rejected = await sandbox.RunAsync("tx", "reject", bigId, "--signature", owner.Sign(toSign.Output[..^Environment.NewLine.Length]));
        Assert.True(rejected.ExitCode == 0, rejected.ToString());
        Assert.Equal($"{bigId}  CANCELLED", rejected.Output.Trim());

        // The owner locks everything; the operator alone cannot release LOCKED, the operator with the owner's signature can.
        var nonce = (await DaemonHttp.GetJsonAsync(http, "v1/nonce")).GetProperty("nonce").GetString()!;
        var now = TimeProvider.System.GetUtcNow();
        var lockMessage = OwnerActionMessages.Build(ChainType.Ethereum, owner.Address, OwnerActionMessages.KillSwitchStatement, nonce, now, now.AddMinutes(5));
        using (var lockRequest = new HttpRequestMessage(HttpMethod.Post, "v1/owner/kill-switch"))
        {
            owner.AddHeaders(lockRequest, lockMessage);
            using var locked = await http.SendAsync(lockRequest);
            Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        }

        var operatorOnly = await sandbox.RunAsync("killswitch", "off");
        Assert.True(operatorOnly.ExitCode == 12, operatorOnly.ToString());
        Assert.Contains("OWNER_SIGNATURE_REQUIRED", operatorOnly.Error);
        var recovery = JsonDocument.Parse((await sandbox.RunAsync("killswitch", "off", "--owner-wallet", "payer", "--json")).Output).RootElement;
        Assert.Contains(OwnerActionMessages.RecoverStatement, recovery.GetProperty("message").GetString());
        var recoveryCommand = recovery.GetProperty("command").GetString()!.Split(' ');
        var off = await sandbox.RunAsync(
            "killswitch", "off", "--owner-wallet", "payer",
            "--message", recoveryCommand[Array.IndexOf(recoveryCommand, "--message") + 1],
            "--signature", owner.Sign(recovery.GetProperty("message").GetString()!));
        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.Equal("ACTIVE  (was LOCKED)", off.Output.Trim());
    }

    private static async Task<JsonElement> AgentSendAsync(HttpClient http, string token, string amount)
    {
        using var send = new HttpRequestMessage(HttpMethod.Post, "v1/transactions/send")
        {
            Content = JsonContent.Create(new { type = "TRANSFER", to = "0x" + new string('2', 40), amount, network = "nowhere" }),
        };
        send.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var sent = await http.SendAsync(send);
        var body = JsonDocument.Parse(await sent.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.True(sent.StatusCode == HttpStatusCode.Created, body.ToString());
        return body;
    }

    // /v1/wallet/address wants the network configured, but never calls it: point the testnets at a closed loopback port.
    private static DaemonSandbox NoChainSandbox()
    {
        var sandbox = new DaemonSandbox();
        var nowhere = $"http://127.0.0.1:{ClosedPort()}";
        sandbox.Environment["WAIAAS_RPC_EVM_ETHEREUM_SEPOLIA"] = nowhere;
        sandbox.Environment["WAIAAS_RPC_SOLANA_DEVNET"] = nowhere;
        return sandbox;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(HttpStatusCode Status, string Body)> AgentGetAsync(HttpClient http, string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

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
