using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Http;
using WaiaaS.Sdk.Json;

namespace WaiaaS.Sdk;

/// <content>Transactions as the operator sees them: every wallet's.</content>
public sealed partial class WaiaasOperatorClient
{
    /// <summary><c>GET /v1/transactions</c>: one page, newest first.</summary>
    /// <param name="walletId">Only this wallet's.</param>
    /// <param name="status">Only this status.</param>
    /// <param name="cursor">The previous page's cursor.</param>
    /// <param name="limit">Page size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ItemsResponse<TransactionResponse>> ListTransactionsAsync(string? walletId = null, string? status = null, string? cursor = null, int? limit = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SharedCalls.ListTransactions(walletId, status, cursor, limit, Authorize), WaiaasJsonContext.Default.ItemsResponseTransactionResponse, cancellationToken);

    /// <summary><c>GET /v1/transactions/pending</c>: PENDING and QUEUED transactions.</summary>
    /// <param name="walletId">Only this wallet's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ItemsResponse<TransactionResponse>> ListPendingTransactionsAsync(string? walletId = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SharedCalls.PendingTransactions(walletId, Authorize), WaiaasJsonContext.Default.ItemsResponseTransactionResponse, cancellationToken);

    /// <summary><c>GET /v1/transactions/{id}</c>; for a QUEUED APPROVAL it carries the messages the owner signs.</summary>
    /// <param name="id">The transaction id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<TransactionResponse> GetTransactionAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SharedCalls.GetTransaction(id, Authorize), WaiaasJsonContext.Default.TransactionResponse, cancellationToken);

    /// <summary><c>POST /v1/transactions/{id}/cancel</c>: cancels a QUEUED transaction (never retried).</summary>
    /// <param name="id">The transaction id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<TransactionResponse> CancelTransactionAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SharedCalls.CancelTransaction(id, Authorize), WaiaasJsonContext.Default.TransactionResponse, cancellationToken);
}
