using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Http;
using WaiaaS.Sdk.Json;

namespace WaiaaS.Sdk;

/// <content>The agent's transactions: send, simulate, list, pending, get, cancel.</content>
public sealed partial class WaiaasClient
{
    /// <summary>
    /// <c>POST /v1/transactions/send</c>. Retried (429/5xx/network) only when <paramref name="idempotencyKey"/> is
    /// given: the daemon answers a repeated key with the first transaction instead of sending twice.
    /// </summary>
    /// <param name="request">What to send.</param>
    /// <param name="idempotencyKey">At most 255 printable characters; reuse it only for the same request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<SendTransactionResponse> SendTransactionAsync(SendTransactionRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(TransactionPost("v1/transactions/send", request, idempotencyKey), WaiaasJsonContext.Default.SendTransactionResponse, cancellationToken);

    /// <summary><c>POST /v1/transactions/simulate</c>: what sending would do, with no side effect. Retried only with <paramref name="idempotencyKey"/>.</summary>
    /// <param name="request">What would be sent.</param>
    /// <param name="idempotencyKey">Sent as <c>Idempotency-Key</c>; allows retries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<SimulateTransactionResponse> SimulateTransactionAsync(SendTransactionRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(TransactionPost("v1/transactions/simulate", request, idempotencyKey), WaiaasJsonContext.Default.SimulateTransactionResponse, cancellationToken);

    /// <summary><c>GET /v1/transactions</c>: the session's transactions, newest first, one page.</summary>
    /// <param name="walletId">Only this wallet's.</param>
    /// <param name="status">Only this status (e.g. <c>CONFIRMED</c>).</param>
    /// <param name="cursor">The previous page's <see cref="ItemsResponse{T}.Cursor"/>.</param>
    /// <param name="limit">Page size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ItemsResponse<TransactionResponse>> ListTransactionsAsync(string? walletId = null, string? status = null, string? cursor = null, int? limit = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SharedCalls.ListTransactions(walletId, status, cursor, limit, AuthorizeAsync), WaiaasJsonContext.Default.ItemsResponseTransactionResponse, cancellationToken);

    /// <summary><c>GET /v1/transactions/pending</c>: PENDING and QUEUED transactions.</summary>
    /// <param name="walletId">Only this wallet's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ItemsResponse<TransactionResponse>> ListPendingTransactionsAsync(string? walletId = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SharedCalls.PendingTransactions(walletId, AuthorizeAsync), WaiaasJsonContext.Default.ItemsResponseTransactionResponse, cancellationToken);

    /// <summary><c>GET /v1/transactions/{id}</c>.</summary>
    /// <param name="id">The transaction id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<TransactionResponse> GetTransactionAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SharedCalls.GetTransaction(id, AuthorizeAsync), WaiaasJsonContext.Default.TransactionResponse, cancellationToken);

    /// <summary><c>POST /v1/transactions/{id}/cancel</c>: cancels a QUEUED transaction; answers it as it now is. Never retried.</summary>
    /// <param name="id">The transaction id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<TransactionResponse> CancelTransactionAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SharedCalls.CancelTransaction(id, AuthorizeAsync), WaiaasJsonContext.Default.TransactionResponse, cancellationToken);

    private WaiaasCall TransactionPost(string path, SendTransactionRequest request, string? idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = WaiaasTransport.Body(request, WaiaasRequestJsonContext.Default.SendTransactionRequest);
        return new WaiaasCall(HttpMethod.Post, path, body, Retry: !string.IsNullOrEmpty(idempotencyKey), async (message, cancellationToken) =>
        {
            await AuthorizeAsync(message, cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(idempotencyKey))
            {
                message.Headers.Add("Idempotency-Key", idempotencyKey);
            }
        });
    }
}
