using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Http;
using WaiaaS.Sdk.Json;

namespace WaiaaS.Sdk;

/// <content>What an agent may learn about its environment: <c>/v1/connect-info</c>, its policies, its wallets' networks.</content>
public sealed partial class WaiaasClient
{
    /// <summary><c>GET /v1/connect-info</c>: the session, its wallets with their networks, the policies that apply, a summary.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ConnectInfoResponse> GetConnectInfoAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(new WaiaasCall(HttpMethod.Get, "v1/connect-info", null, Retry: true, AuthorizeAsync), WaiaasJsonContext.Default.ConnectInfoResponse, cancellationToken);

    /// <summary><c>GET /v1/policies</c> as an agent: the global policies and those of the session's wallets.</summary>
    /// <param name="walletId">Only this wallet's (and the global) policies.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ItemsResponse<PolicyResponse>> GetPoliciesAsync(string? walletId = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(new WaiaasCall(HttpMethod.Get, PathBuilder.Query("v1/policies", ("walletId", walletId)), null, Retry: true, AuthorizeAsync), WaiaasJsonContext.Default.ItemsResponsePolicyResponse, cancellationToken);

    /// <summary><c>GET /v1/wallets/{id}/networks</c> for one of the session's wallets.</summary>
    /// <param name="walletId">The wallet.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ItemsResponse<WalletNetworkResponse>> GetWalletNetworksAsync(string walletId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(walletId);
        return _transport.SendAsync(
            new WaiaasCall(HttpMethod.Get, "v1/wallets/" + PathBuilder.Segment(walletId) + "/networks", null, Retry: true, AuthorizeAsync),
            WaiaasJsonContext.Default.ItemsResponseWalletNetworkResponse,
            cancellationToken);
    }
}
