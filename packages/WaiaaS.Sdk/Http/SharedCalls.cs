namespace WaiaaS.Sdk.Http;

/// <summary>Calls more than one client makes (the open endpoints and the transaction reads agents and the operator share).</summary>
internal static class SharedCalls
{
    public static WaiaasCall Health() => new(HttpMethod.Get, "health", null, Retry: true);

    public static WaiaasCall Nonce() => new(HttpMethod.Get, "v1/nonce", null, Retry: true);

    public static WaiaasCall ListTransactions(string? walletId, string? status, string? cursor, int? limit, Func<HttpRequestMessage, CancellationToken, ValueTask> headers) =>
        new(HttpMethod.Get, PathBuilder.Query("v1/transactions", ("walletId", walletId), ("status", status), ("cursor", cursor), ("limit", limit)), null, Retry: true, headers);

    public static WaiaasCall PendingTransactions(string? walletId, Func<HttpRequestMessage, CancellationToken, ValueTask> headers) =>
        new(HttpMethod.Get, PathBuilder.Query("v1/transactions/pending", ("walletId", walletId)), null, Retry: true, headers);

    public static WaiaasCall GetTransaction(string id, Func<HttpRequestMessage, CancellationToken, ValueTask> headers) =>
        new(HttpMethod.Get, "v1/transactions/" + PathBuilder.Segment(id), null, Retry: true, headers);

    // POST without an idempotency key: never repeated.
    public static WaiaasCall CancelTransaction(string id, Func<HttpRequestMessage, CancellationToken, ValueTask> headers) =>
        new(HttpMethod.Post, "v1/transactions/" + PathBuilder.Segment(id) + "/cancel", null, Retry: false, headers);
}
