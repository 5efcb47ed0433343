using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Http;
using WaiaaS.Sdk.Json;

namespace WaiaaS.Sdk;

/// <content>Sessions: <c>/v1/sessions</c> and <c>/v1/admin/rotate-secret</c>.</content>
public sealed partial class WaiaasOperatorClient
{
    /// <summary><c>POST /v1/sessions</c>: creates a session; the answer carries its token, shown only here (never retried).</summary>
    /// <param name="request">Wallets, lifetimes and constraints.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<SessionResponse> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Post, "v1/sessions", false, WaiaasTransport.Body(request, WaiaasRequestJsonContext.Default.CreateSessionRequest)), WaiaasJsonContext.Default.SessionResponse, cancellationToken);

    /// <summary><c>GET /v1/sessions</c>.</summary>
    /// <param name="walletId">Only sessions that may use this wallet.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ItemsResponse<SessionResponse>> ListSessionsAsync(string? walletId = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Get, PathBuilder.Query("v1/sessions", ("walletId", walletId)), true), WaiaasJsonContext.Default.ItemsResponseSessionResponse, cancellationToken);

    /// <summary><c>GET /v1/sessions/{id}</c>.</summary>
    /// <param name="id">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<SessionResponse> GetSessionAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Get, "v1/sessions/" + PathBuilder.Segment(id), true), WaiaasJsonContext.Default.SessionResponse, cancellationToken);

    /// <summary><c>DELETE /v1/sessions/{id}</c>: revokes (idempotent: revoking a revoked session answers it; retried).</summary>
    /// <param name="id">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<SessionResponse> RevokeSessionAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Delete, "v1/sessions/" + PathBuilder.Segment(id), true), WaiaasJsonContext.Default.SessionResponse, cancellationToken);

    /// <summary><c>POST /v1/admin/rotate-secret</c>: a new token-signing secret; old tokens keep working for a grace period (never retried).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<RotateSecretResponse> RotateSessionSecretAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Post, "v1/admin/rotate-secret", false), WaiaasJsonContext.Default.RotateSecretResponse, cancellationToken);
}
