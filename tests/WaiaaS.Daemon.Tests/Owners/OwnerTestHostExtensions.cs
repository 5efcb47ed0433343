using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WaiaaS.Core.Chains;
using WaiaaS.Daemon.Owners;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Owners;

/// <summary>Owner flows over HTTP for the tests: nonces, owner-signed requests, a verified owner in one call.</summary>
internal static class OwnerTestHostExtensions
{
    public static WaiaasDbContext Db(this DaemonTestHost host) =>
        host.Daemon.App.Services.GetRequiredService<IDbContextFactory<WaiaasDbContext>>().CreateDbContext();

    public static async Task<string> NonceAsync(this DaemonTestHost host)
    {
        var (response, body) = await host.SendAsync(HttpMethod.Get, "/v1/nonce", password: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body.GetProperty("nonce").GetString()!;
    }

    /// <summary>Sends an owner-signed request; <paramref name="password"/> adds the master password too.</summary>
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> SendOwnerAsync(
        this DaemonTestHost host, HttpMethod method, string path, OwnerTestKey key, string message, string? signature = null, string? address = null, string? password = null)
    {
        using var request = DaemonTestHost.Request(method, path, password: password);
        key.AddHeaders(request, message, signature, address);
        var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return (response, document.RootElement.Clone());
    }

    public static string ActionMessage(this DaemonTestHost host, OwnerTestKey key, string statement, string nonce) =>
        OwnerActionMessages.Build(key.Chain, key.Address, statement, nonce, host.Time.GetUtcNow(), host.Time.GetUtcNow().AddMinutes(5));

    /// <summary>Creates a wallet whose owner is <paramref name="key"/> and verifies it (LOCKED).</summary>
    public static async Task<string> CreateVerifiedWalletAsync(this DaemonTestHost host, string name, OwnerTestKey key)
    {
        var chain = key.Chain == ChainType.Solana ? "solana" : "ethereum";
        var id = (await host.CreateWalletAsync(name, chain)).GetProperty("id").GetString()!;
        var (set, _) = await host.SendAsync(HttpMethod.Put, $"/v1/wallets/{id}/owner", new { ownerAddress = key.Address });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var message = host.ActionMessage(key, OwnerActionMessages.VerifyStatement(id), await host.NonceAsync());
        var (verified, body) = await host.SendOwnerAsync(HttpMethod.Post, $"/v1/wallets/{id}/owner/verify", key, message);
        Assert.True(verified.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("LOCKED", body.GetProperty("ownerState").GetString());
        return id;
    }
}
