using WaiaaS.Core.Contracts;
using WaiaaS.Core.Sessions;
using WaiaaS.Sdk.Http;
using WaiaaS.Sdk.Json;

namespace WaiaaS.Sdk;

/// <summary>
/// The agent's client (SPEC §14): a session token (<c>Authorization: Bearer</c>) against the agent endpoints. The
/// <see cref="HttpClient"/> is injected with its <see cref="HttpClient.BaseAddress"/> set to the daemon (e.g.
/// <c>http://127.0.0.1:3100/</c>). Thread-safe.
/// </summary>
public sealed partial class WaiaasClient
{
    private readonly WaiaasTransport _transport;
    private readonly Func<CancellationToken, ValueTask<string>>? _tokenProvider;
    private volatile string? _token;

    /// <summary>A client with a fixed token; <see cref="RenewSessionAsync"/> switches it to the renewed token.</summary>
    /// <param name="http">The HTTP client, with the daemon as base address.</param>
    /// <param name="sessionToken">The session token (<c>wai_sess_…</c>).</param>
    /// <param name="options">Retry options; defaults when null.</param>
    public WaiaasClient(HttpClient http, string sessionToken, WaiaasClientOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionToken);
        if (sessionToken.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            throw new ArgumentException("The session token contains whitespace or control characters.", nameof(sessionToken));
        }

        _transport = new WaiaasTransport(http, options);
        _token = sessionToken;
    }

    /// <summary>
    /// A client that asks <paramref name="tokenProvider"/> for the current token before every attempt (e.g. an MCP
    /// server's session manager, which renews the token on its own). <see cref="RenewSessionAsync"/> then only returns
    /// the new token; storing it is the provider's business.
    /// </summary>
    /// <param name="http">The HTTP client, with the daemon as base address.</param>
    /// <param name="tokenProvider">Gives the current session token.</param>
    /// <param name="options">Retry options; defaults when null.</param>
    public WaiaasClient(HttpClient http, Func<CancellationToken, ValueTask<string>> tokenProvider, WaiaasClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tokenProvider);
        _transport = new WaiaasTransport(http, options);
        _tokenProvider = tokenProvider;
    }

    /// <summary><c>GET /health</c>: liveness and version facts (no credential).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<HealthResponse> GetHealthAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SharedCalls.Health(), WaiaasJsonContext.Default.HealthResponse, cancellationToken);

    /// <summary><c>GET /v1/nonce</c>: a single-use nonce for an owner message (no credential).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<NonceResponse> GetNonceAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SharedCalls.Nonce(), WaiaasJsonContext.Default.NonceResponse, cancellationToken);

    /// <summary>
    /// <c>PUT /v1/sessions/{id}/renew</c>: a new token for this session (the id is the current token's <c>sub</c>).
    /// Never retried: a repeated renewal could be refused after the first one landed and lose its token.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="InvalidOperationException">The current token is not a WaiaaS session token.</exception>
    public async Task<RenewSessionResponse> RenewSessionAsync(CancellationToken cancellationToken = default)
    {
        var token = await CurrentTokenAsync(cancellationToken).ConfigureAwait(false);
        var claims = SessionTokenCodec.DecodeUntrusted(token);
        if (!claims.Succeeded)
        {
            throw new InvalidOperationException("The session token is not a WaiaaS session token, so the session to renew is unknown.");
        }

        var call = new WaiaasCall(HttpMethod.Put, "v1/sessions/" + PathBuilder.Segment(claims.Value!.SessionId) + "/renew", null, Retry: false, (request, _) =>
        {
            request.Headers.Authorization = new("Bearer", token);
            return ValueTask.CompletedTask;
        });
        var renewed = await _transport.SendAsync(call, WaiaasJsonContext.Default.RenewSessionResponse, cancellationToken).ConfigureAwait(false);
        if (_tokenProvider is null)
        {
            _token = renewed.Token;
        }

        return renewed;
    }

    private async ValueTask<string> CurrentTokenAsync(CancellationToken cancellationToken)
    {
        var token = _tokenProvider is null ? _token : await _tokenProvider(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new InvalidOperationException("The token provider gave no session token.");
        }

        // Never echo the token: refuse what an Authorization header cannot carry before HttpClient reports it.
        return token.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            ? throw new InvalidOperationException("The session token contains whitespace or control characters.")
            : token;
    }

    private async ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.Headers.Authorization = new("Bearer", await CurrentTokenAsync(cancellationToken).ConfigureAwait(false));
}
