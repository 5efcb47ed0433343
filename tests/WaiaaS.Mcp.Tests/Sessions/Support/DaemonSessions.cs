using System.Net;
using System.Text.Json;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Storage;

namespace WaiaaS.Mcp.Tests.Sessions.Support;

/// <summary>Operator-side session calls on the in-process daemon.</summary>
internal static class DaemonSessions
{
    /// <summary>
    /// A daemon whose devnet RPC URL is a closed loopback port: agent reads such as <c>/v1/wallet/address</c> resolve
    /// the network without calling it, and nothing leaves the machine.
    /// </summary>
    public static Task<DaemonTestHost> StartDaemonAsync()
    {
        var config = DaemonTestHost.TestConfig();
        return DaemonTestHost.StartAsync(config with { Rpc = config.Rpc with { Urls = config.Rpc.Urls.SetItem("solana_devnet", "http://127.0.0.1:9") } });
    }

    public static async Task<(string Id, string Token)> NewSessionAsync(this DaemonTestHost host, string walletId, long ttl, int? maxRenewals = null, long? absoluteLifetime = null)
    {
        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v1/sessions", new { walletId, ttl, maxRenewals, absoluteLifetime });
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return (body.GetProperty("id").GetString()!, body.GetProperty("token").GetString()!);
    }

    public static async Task RevokeAsync(this DaemonTestHost host, string sessionId)
    {
        var (response, body) = await host.SendAsync(HttpMethod.Delete, $"/v1/sessions/{sessionId}");
        Assert.True(response.IsSuccessStatusCode, body.ToString());
    }

    public static async Task<string> WalletAsync(this DaemonTestHost host, string name = "agent-wallet") =>
        (await host.CreateWalletAsync(name)).GetProperty("id").GetString()!;

    /// <summary>The SESSION_EXPIRING_SOON notifications of a session: (created_at, message).</summary>
    public static List<(long CreatedAt, string Message)> ExpiringSoon(this DaemonTestHost host, string sessionId) =>
        [.. Sql.Rows(Path.Combine(host.Root, "data", "waiaas.db"), $"SELECT created_at, message FROM notification_logs WHERE event_type = 'SESSION_EXPIRING_SOON' AND session_id = '{sessionId}'")
            .Select(r => (long.Parse(r[0]!, System.Globalization.CultureInfo.InvariantCulture), r[1] ?? string.Empty))];

    public static string Address(this JsonElement body) => body.GetProperty("address").GetString()!;
}
