using System.Net;
using System.Text.Json;
using WaiaaS.Adapters.Evm;
using WaiaaS.Adapters.Solana.Codecs;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Wallets;

public class WalletEndpointTests
{
    [Fact]
    public async Task Create_SolanaAndEthereum_ReturnAddressesAndWritePrivateKeyFiles()
    {
        await using var host = await DaemonTestHost.StartAsync();

        var solana = await host.CreateWalletAsync("sol-1", "solana");
        var ethereum = await host.CreateWalletAsync("eth-1", "ethereum", "mainnet");

        Assert.Equal("solana", solana.GetProperty("chain").GetString());
        Assert.Equal("testnet", solana.GetProperty("environment").GetString());
        Assert.Equal("ACTIVE", solana.GetProperty("status").GetString());
        Assert.Equal("NONE", solana.GetProperty("ownerState").GetString());
        Assert.Equal(solana.GetProperty("publicKey").GetString(), Convert.ToHexStringLower(Base58.Decode(solana.GetProperty("address").GetString()!)));
        var evmAddress = ethereum.GetProperty("address").GetString()!;
        Assert.True(EvmAddress.IsValid(evmAddress), evmAddress);
        Assert.Equal(EvmAddress.FromPublicKey(Convert.FromHexString(ethereum.GetProperty("publicKey").GetString()!)), evmAddress);
        foreach (var wallet in new[] { solana, ethereum })
        {
            var file = Path.Combine(host.Layout.KeystoreFolder, wallet.GetProperty("id").GetString() + ".json");
            Assert.True(File.Exists(file));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
        }
    }

    [Fact]
    public async Task KeyFiles_HoldNoPlaintextKeyMaterial()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var wallet = await host.CreateWalletAsync("w");

        var text = await File.ReadAllTextAsync(Path.Combine(host.Layout.KeystoreFolder, wallet.GetProperty("id").GetString() + ".json"));
        using var document = JsonDocument.Parse(text);

        Assert.Equal("aes-256-gcm", document.RootElement.GetProperty("cipher").GetString());
        Assert.Equal("argon2id", document.RootElement.GetProperty("kdf").GetProperty("name").GetString());
        Assert.Equal(64, document.RootElement.GetProperty("ciphertext").GetString()!.Length);
        Assert.DoesNotContain(DaemonTestHost.Password, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListGetAndRename()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var a = await host.CreateWalletAsync("a");
        host.Time.Advance(TimeSpan.FromSeconds(1));
        await host.CreateWalletAsync("b", "ethereum");
        var id = a.GetProperty("id").GetString();

        var (_, list) = await host.SendAsync(HttpMethod.Get, "/v1/wallets");
        var (renamed, body) = await host.SendAsync(HttpMethod.Put, "/v1/wallets/" + id, new { name = "  renamed  " });
        var (_, fetched) = await host.SendAsync(HttpMethod.Get, "/v1/wallets/" + id);

        Assert.Equal(["a", "b"], list.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("renamed", body.GetProperty("name").GetString());
        Assert.Equal("renamed", fetched.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(null, "solana", "testnet", "name is required")]
    [InlineData("ok", "bitcoin", "testnet", "chain must be")]
    [InlineData("ok", "solana", "staging", "environment must be")]
    [InlineData("tab\tname", "solana", "testnet", "control characters")]
    public async Task Create_WithInvalidFields_IsRefusedAndWritesNoKey(string? name, string chain, string environment, string message)
    {
        await using var host = await DaemonTestHost.StartAsync();

        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v1/wallets", new { name, chain, environment });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("VALIDATION_FAILED", body.GetProperty("code").GetString());
        Assert.Contains(message, body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(host.Layout.KeystoreFolder));
    }

    [Fact]
    public async Task DuplicateName_IsAConflict_UntilTheFirstIsTerminated()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var first = await host.CreateWalletAsync("same");

        var (conflict, body) = await host.SendAsync(HttpMethod.Post, "/v1/wallets", new { name = "same", chain = "ethereum" });
        var keyFilesAfterConflict = Directory.GetFiles(host.Layout.KeystoreFolder, "*.json").Length;
        await host.SendAsync(HttpMethod.Delete, "/v1/wallets/" + first.GetProperty("id").GetString());
        var (reused, _) = await host.SendAsync(HttpMethod.Post, "/v1/wallets", new { name = "same", chain = "ethereum" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("WALLET_NAME_TAKEN", body.GetProperty("code").GetString());
        Assert.Equal(1, keyFilesAfterConflict);
        Assert.Equal(HttpStatusCode.Created, reused.StatusCode);
    }

    [Fact]
    public async Task SuspendResumeTerminatePurge_FollowTheStateMachine_AndKeepAuditRows()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var id = (await host.CreateWalletAsync("life")).GetProperty("id").GetString()!;
        var keyFile = Path.Combine(host.Layout.KeystoreFolder, id + ".json");

        var (_, suspended) = await host.SendAsync(HttpMethod.Post, $"/v1/wallets/{id}/suspend", new { reason = "looks odd" });
        var (suspendAgain, suspendAgainBody) = await host.SendAsync(HttpMethod.Post, $"/v1/wallets/{id}/suspend", new { });
        var (_, resumed) = await host.SendAsync(HttpMethod.Post, $"/v1/wallets/{id}/resume");
        var (purgeEarly, purgeEarlyBody) = await host.SendAsync(HttpMethod.Post, $"/v1/wallets/{id}/purge");
        var (_, terminated) = await host.SendAsync(HttpMethod.Delete, $"/v1/wallets/{id}");
        var (resumeTerminated, resumeTerminatedBody) = await host.SendAsync(HttpMethod.Post, $"/v1/wallets/{id}/resume");
        Assert.True(File.Exists(keyFile));
        var (_, purged) = await host.SendAsync(HttpMethod.Post, $"/v1/wallets/{id}/purge");
        var (_, audit) = await host.SendAsync(HttpMethod.Get, $"/v1/audit-logs?walletId={id}");

        Assert.Equal("SUSPENDED", suspended.GetProperty("status").GetString());
        Assert.Equal("looks odd", suspended.GetProperty("suspensionReason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, suspendAgain.StatusCode);
        Assert.Equal("INVALID_WALLET_STATE", suspendAgainBody.GetProperty("code").GetString());
        Assert.Equal("ACTIVE", resumed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, resumed.GetProperty("suspensionReason").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, purgeEarly.StatusCode);
        Assert.Contains("terminate it first", purgeEarlyBody.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("TERMINATED", terminated.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Gone, resumeTerminated.StatusCode);
        Assert.Equal("WALLET_TERMINATED", resumeTerminatedBody.GetProperty("code").GetString());
        Assert.NotEqual(JsonValueKind.Null, purged.GetProperty("purgedAt").ValueKind);
        Assert.False(File.Exists(keyFile));
        Assert.Equal(
            ["wallet.purged", "wallet.terminated", "wallet.resumed", "wallet.suspended", "wallet.created"],
            audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("eventType").GetString()));
    }

    [Fact]
    public async Task UnknownWallet_IsNotFound()
    {
        await using var host = await DaemonTestHost.StartAsync();

        var (response, body) = await host.SendAsync(HttpMethod.Post, $"/v1/wallets/{Guid.CreateVersion7()}/suspend");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("WALLET_NOT_FOUND", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Networks_AreThoseOfTheWalletsChainAndEnvironment()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var evm = (await host.CreateWalletAsync("evm", "ethereum")).GetProperty("id").GetString();
        var sol = (await host.CreateWalletAsync("sol", "solana", "mainnet")).GetProperty("id").GetString();

        var (_, evmNetworks) = await host.SendAsync(HttpMethod.Get, $"/v1/wallets/{evm}/networks");
        var (_, solNetworks) = await host.SendAsync(HttpMethod.Get, $"/v1/wallets/{sol}/networks");

        Assert.Equal(
            ["ethereum-sepolia", "base-sepolia", "arbitrum-sepolia", "optimism-sepolia", "polygon-amoy"],
            evmNetworks.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.All(evmNetworks.GetProperty("items").EnumerateArray(), n => Assert.False(n.GetProperty("rpcConfigured").GetBoolean()));
        Assert.Equal(["solana-mainnet"], solNetworks.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ConcurrentCreations_WithTheSameName_YieldExactlyOneWallet()
    {
        await using var host = await DaemonTestHost.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.SendAsync(HttpMethod.Post, "/v1/wallets", new { name = "race", chain = "solana" })));

        Assert.Single(results, r => r.Response.StatusCode == HttpStatusCode.Created);
        Assert.All(results.Where(r => r.Response.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.Response.StatusCode));
        Assert.Single(Directory.GetFiles(host.Layout.KeystoreFolder, "*.json"));
    }
}
