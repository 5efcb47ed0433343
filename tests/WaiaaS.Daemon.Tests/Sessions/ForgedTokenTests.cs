using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using WaiaaS.Core.Crypto;
using WaiaaS.Core.Sessions;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Sessions;

// S-03 (SPEC §13): the MCP SessionManager decodes tokens without checking them, so the daemon is the one that must
// refuse forged and expired ones, on an agent endpoint and on renewal alike.
public class ForgedTokenTests
{
    public static TheoryData<string> Endpoints() => new() { "agent", "renew" };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task S03_forged_tampered_and_foreign_tokens_are_refused_as_invalid(string endpoint)
    {
        await using var host = await StartAsync();
        var (id, token, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w"), ttl = 3600 });
        var parts = token.Split('.');
        var claims = SessionTokenCodec.DecodeUntrusted(token).Value!;
        using var otherSecret = GuardedBuffer.Random(32);
        var forgedSignature = $"{parts[0]}.{parts[1]}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";
        var longer = SessionTokenCodec.Issue(claims with { ExpiresAt = claims.ExpiresAt + 86400 }, otherSecret).Split('.')[1];
        var tamperedPayload = $"{parts[0]}.{longer}.{parts[2]}";
        var otherSecretToken = SessionTokenCodec.Issue(claims, otherSecret);

        Assert.Equal(HttpStatusCode.OK, (await CallAsync(host, endpoint, id, token, renewAllowed: true)).Status);
        foreach (var forged in new[] { forgedSignature, tamperedPayload, otherSecretToken })
        {
            Assert.Equal((HttpStatusCode.Unauthorized, "INVALID_SESSION_TOKEN"), await CallAsync(host, endpoint, id, forged));
        }
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task S03_an_expired_token_is_refused_as_expired(string endpoint)
    {
        await using var host = await StartAsync();
        var (id, token, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w"), ttl = 600 });

        host.Time.Advance(TimeSpan.FromSeconds(600));

        Assert.Equal((HttpStatusCode.Unauthorized, "SESSION_EXPIRED"), await CallAsync(host, endpoint, id, token));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task S03_a_revoked_sessions_token_is_refused_as_revoked(string endpoint)
    {
        await using var host = await StartAsync();
        var (id, token, _) = await host.NewSessionAsync(new { walletId = await host.WalletIdAsync("w"), ttl = 3600 });

        await host.SendAsync(HttpMethod.Delete, $"/v1/sessions/{id}");

        Assert.Equal((HttpStatusCode.Unauthorized, "SESSION_REVOKED"), await CallAsync(host, endpoint, id, token));
    }

    private static Task<DaemonTestHost> StartAsync()
    {
        // A devnet URL on a closed loopback port, so a valid token's agent read answers 200 without leaving the machine.
        var config = DaemonTestHost.TestConfig();
        return DaemonTestHost.StartAsync(config with { Rpc = config.Rpc with { Urls = config.Rpc.Urls.SetItem("solana_devnet", "http://127.0.0.1:9") } });
    }

    /// <summary>The agent read or the renewal with <paramref name="token"/>: (status, error code or null).</summary>
    private static async Task<(HttpStatusCode Status, string? Code)> CallAsync(DaemonTestHost host, string endpoint, string id, string token, bool renewAllowed = false)
    {
        if (endpoint == "renew")
        {
            if (renewAllowed)
            {
                // Half of the TTL must pass before a renewal; the control call then succeeds.
                host.Time.Advance(TimeSpan.FromSeconds(1800));
            }

            var (renewal, body) = await host.RenewAsync(id, token);
            return (renewal.StatusCode, body.Code());
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/wallet/address");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Client.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Code());
    }
}
