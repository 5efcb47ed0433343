using WaiaaS.Core.Contracts;

namespace WaiaaS.Mcp.Sessions;

/// <summary>
/// The one daemon call the <see cref="SessionManager"/> makes: <c>PUT /v1/sessions/{id}/renew</c> with the session's
/// own token. Refusals surface as <see cref="Sdk.WaiaasApiException"/>, unreachable daemons as
/// <see cref="Sdk.WaiaasNetworkException"/>.
/// </summary>
public interface ISessionRenewalClient
{
    /// <summary>Renews session <paramref name="sessionId"/> presenting <paramref name="token"/>.</summary>
    Task<RenewSessionResponse> RenewAsync(string sessionId, string token, CancellationToken cancellationToken);
}
