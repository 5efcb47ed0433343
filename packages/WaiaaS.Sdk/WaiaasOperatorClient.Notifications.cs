using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Http;
using WaiaaS.Sdk.Json;

namespace WaiaaS.Sdk;

/// <content>Owner notifications: setup, a test message, the delivery log.</content>
public sealed partial class WaiaasOperatorClient
{
    /// <summary><c>GET /v1/admin/notifications/status</c>: channels configured, their order, the rate limit (no secrets).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<NotificationStatusResponse> GetNotificationStatusAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Get, "v1/admin/notifications/status", true), WaiaasJsonContext.Default.NotificationStatusResponse, cancellationToken);

    /// <summary><c>POST /v1/admin/notifications/test</c>: sends a test message through every configured channel (never retried).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One result per channel; empty when no channel is configured.</returns>
    public Task<ItemsResponse<NotificationTestResultResponse>> SendTestNotificationAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Post, "v1/admin/notifications/test", false), WaiaasJsonContext.Default.ItemsResponseNotificationTestResultResponse, cancellationToken);

    /// <summary><c>GET /v1/admin/notifications/log</c>: delivery attempts, newest first, one page.</summary>
    /// <param name="cursor">The <c>cursor</c> of the previous page, or null for the first.</param>
    /// <param name="limit">Rows per page (1–200; the daemon's default 50 when null).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ItemsResponse<NotificationLogEntryResponse>> GetNotificationLogAsync(string? cursor = null, int? limit = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(
            Call(HttpMethod.Get, PathBuilder.Query("v1/admin/notifications/log", ("cursor", cursor), ("limit", limit)), true),
            WaiaasJsonContext.Default.ItemsResponseNotificationLogEntryResponse,
            cancellationToken);
}
