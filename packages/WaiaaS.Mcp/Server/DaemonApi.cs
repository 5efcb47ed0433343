using WaiaaS.Core.Contracts;
using WaiaaS.Mcp.Sessions;
using WaiaaS.Sdk;

namespace WaiaaS.Mcp.Server;

/// <summary>The daemon as the MCP server reaches it: an SDK client for a given token, and the renewal port of the session manager.</summary>
internal sealed class DaemonApi(IHttpClientFactory factory) : ISessionRenewalClient
{
    public const string HttpClientName = "waiaas-daemon";

    private readonly HttpClient _http = factory.CreateClient(HttpClientName);

    /// <summary>An agent client that sends <paramref name="token"/>.</summary>
    public WaiaasClient For(string token) => new(_http, token);

    /// <summary>The daemon's <c>/health</c>, which needs no credential (read even when the session is over).</summary>
    public Task<HealthResponse> HealthAsync(CancellationToken cancellationToken) =>
        new WaiaasClient(_http, _ => throw new InvalidOperationException("GET /health needs no session token.")).GetHealthAsync(cancellationToken);

    public Task<RenewSessionResponse> RenewAsync(string sessionId, string token, CancellationToken cancellationToken) =>
        For(token).RenewSessionAsync(cancellationToken);
}
