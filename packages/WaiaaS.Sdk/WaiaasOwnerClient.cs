using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Http;
using WaiaaS.Sdk.Json;

namespace WaiaaS.Sdk;

/// <summary>
/// The owner's client (SPEC §14): each call carries the owner's signature over a message in the three
/// <c>X-Owner-*</c> headers, signed by a caller-supplied <see cref="IWaiaasOwnerSigner"/>. Approvals sign the exact
/// text the daemon built (<see cref="PendingApprovalResponse.ApproveMessage"/>/<see cref="PendingApprovalResponse.RejectMessage"/>);
/// verify, kill switch and recovery sign an EIP-4361-style message the caller writes with a nonce from
/// <see cref="GetNonceAsync"/> (format in docs/owner-and-kill-switch.md). Owner calls are single-use POSTs and are
/// never retried. The <see cref="HttpClient"/> is injected with the daemon as base address.
/// </summary>
public sealed class WaiaasOwnerClient
{
    private readonly WaiaasTransport _transport;
    private readonly IWaiaasOwnerSigner _signer;

    /// <summary>Creates the client.</summary>
    /// <param name="http">The HTTP client, with the daemon as base address.</param>
    /// <param name="signer">Signs the owner's messages.</param>
    /// <param name="options">Retry options (apply to the GETs only); defaults when null.</param>
    public WaiaasOwnerClient(HttpClient http, IWaiaasOwnerSigner signer, WaiaasClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(signer);
        _transport = new WaiaasTransport(http, options);
        _signer = signer;
    }

    /// <summary>The owner address (the signer's).</summary>
    public string Address => _signer.Address;

    /// <summary><c>GET /health</c> (no credential).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<HealthResponse> GetHealthAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SharedCalls.Health(), WaiaasJsonContext.Default.HealthResponse, cancellationToken);

    /// <summary><c>GET /v1/nonce</c>: a single-use nonce (5 minutes) to write into a message's <c>Nonce:</c> line.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<NonceResponse> GetNonceAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SharedCalls.Nonce(), WaiaasJsonContext.Default.NonceResponse, cancellationToken);

    /// <summary>Signs <paramref name="message"/> with the signer, e.g. for <see cref="WaiaasOperatorClient.RecoverFromKillSwitchAsync"/>.</summary>
    /// <param name="message">The exact message text.</param>
    /// <param name="cancellationToken">Cancels the signing.</param>
    public async Task<OwnerSignature> SignAsync(string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        var signature = await _signer.SignMessageAsync(message, cancellationToken).ConfigureAwait(false);
        return new OwnerSignature(_signer.Address, message, signature);
    }

    /// <summary><c>POST /v1/wallets/{id}/owner/verify</c>: proves the owner address (owner state GRACE → LOCKED).</summary>
    /// <param name="walletId">The wallet.</param>
    /// <param name="message">The owner message (with a fresh nonce) to sign.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<WalletResponse> VerifyOwnerAsync(string walletId, string message, CancellationToken cancellationToken = default) =>
        SignedAsync("v1/wallets/" + PathBuilder.Segment(walletId) + "/owner/verify", message, WaiaasJsonContext.Default.WalletResponse, cancellationToken);

    /// <summary><c>POST /v1/transactions/{id}/approve</c>: approves a QUEUED APPROVAL transaction.</summary>
    /// <param name="transactionId">The transaction.</param>
    /// <param name="approveMessage">The daemon's approve message for it, exactly as given.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<SendTransactionResponse> ApproveTransactionAsync(string transactionId, string approveMessage, CancellationToken cancellationToken = default) =>
        SignedAsync("v1/transactions/" + PathBuilder.Segment(transactionId) + "/approve", approveMessage, WaiaasJsonContext.Default.SendTransactionResponse, cancellationToken);

    /// <summary><c>POST /v1/transactions/{id}/reject</c>: rejects a QUEUED APPROVAL transaction.</summary>
    /// <param name="transactionId">The transaction.</param>
    /// <param name="rejectMessage">The daemon's reject message for it, exactly as given.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<SendTransactionResponse> RejectTransactionAsync(string transactionId, string rejectMessage, CancellationToken cancellationToken = default) =>
        SignedAsync("v1/transactions/" + PathBuilder.Segment(transactionId) + "/reject", rejectMessage, WaiaasJsonContext.Default.SendTransactionResponse, cancellationToken);

    /// <summary><c>POST /v1/owner/kill-switch</c>: locks the daemon (state LOCKED; recovery then needs operator and owner).</summary>
    /// <param name="message">An owner message with the statement <c>WaiaaS: activate the kill switch</c> and a fresh nonce.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<KillSwitchResponse> ActivateKillSwitchAsync(string message, CancellationToken cancellationToken = default) =>
        SignedAsync("v1/owner/kill-switch", message, WaiaasJsonContext.Default.KillSwitchResponse, cancellationToken);

    private async Task<T> SignedAsync<T>(string path, string message, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var signed = await SignAsync(message, cancellationToken).ConfigureAwait(false);
        var call = new WaiaasCall(HttpMethod.Post, path, null, Retry: false, (request, _) =>
        {
            OwnerHeaders.Add(request, signed);
            return ValueTask.CompletedTask;
        });
        return await _transport.SendAsync(call, type, cancellationToken).ConfigureAwait(false);
    }
}
