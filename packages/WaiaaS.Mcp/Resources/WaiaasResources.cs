using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using WaiaaS.Core.Contracts;
using WaiaaS.Mcp.Server;
using WaiaaS.Mcp.Sessions;
using WaiaaS.Mcp.Tools;
using WaiaaS.Sdk;

namespace WaiaaS.Mcp.Resources;

/// <summary>
/// The resources of SPEC §13. A session with several wallets gets a list (one entry per wallet). Failures read as the
/// same JSON the tools return (an expired session as guidance).
/// </summary>
[McpServerResourceType]
internal sealed class WaiaasResources(ToolRunner runner, SessionManager session, DaemonApi daemon)
{
    [McpServerResource(UriTemplate = "waiaas://wallet/address", Name = "wallet-address", MimeType = "application/json")]
    [Description("The session wallet's address (a list when the session holds several wallets).")]
    public async Task<string> WalletAddress(CancellationToken cancellationToken) =>
        TextOf(await runner.RunAsync("waiaas://wallet/address", (client, ct) => PerWalletAsync(client, (c, id, t) => c.GetAddressAsync(id, null, t), ct), cancellationToken).ConfigureAwait(false));

    [McpServerResource(UriTemplate = "waiaas://wallet/balance", Name = "wallet-balance", MimeType = "application/json")]
    [Description("The session wallet's native balance on its default network (a list when the session holds several wallets).")]
    public async Task<string> WalletBalance(CancellationToken cancellationToken) =>
        TextOf(await runner.RunAsync("waiaas://wallet/balance", (client, ct) => PerWalletAsync(client, (c, id, t) => c.GetBalanceAsync(id, null, t), ct), cancellationToken).ConfigureAwait(false));

    [McpServerResource(UriTemplate = "waiaas://system/status", Name = "system-status", MimeType = "application/json")]
    [Description("The daemon's health and version, and this server's session state (never the token).")]
    public async Task<string> SystemStatus(CancellationToken cancellationToken)
    {
        HealthResponse? health = null;
        string? unreachable = null;
        try
        {
            health = await daemon.HealthAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WaiaasNetworkException or WaiaasApiException or WaiaasProtocolException)
        {
            unreachable = e is WaiaasNetworkException ? McpErrorCodes.DaemonUnreachable : e.Message;
        }

        var status = new SystemStatusResult(
            health,
            unreachable,
            new SessionStatusResult(
                session.State.ToString().ToUpperInvariant(),
                session.SessionId,
                session.ExpiresAt?.ToUnixTimeSeconds(),
                session.RenewalCount,
                session.RenewalsRemaining,
                session.TokenFilePath,
                session.State == SessionState.Active ? null : session.Guidance));
        return JsonSerializer.Serialize(status, McpJsonContext.Default.SystemStatusResult);
    }

    private async Task<object> PerWalletAsync<T>(WaiaasClient client, Func<WaiaasClient, string?, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var wallets = session.WalletIds;
        if (wallets.Count <= 1)
        {
            return (await read(client, null, cancellationToken).ConfigureAwait(false))!;
        }

        var items = new List<T>(wallets.Count);
        foreach (var walletId in wallets)
        {
            items.Add(await read(client, walletId, cancellationToken).ConfigureAwait(false));
        }

        return new ItemsResponse<T>(items);
    }

    private static string TextOf(CallToolResult result) => result.Content.OfType<TextContentBlock>().First().Text;
}
