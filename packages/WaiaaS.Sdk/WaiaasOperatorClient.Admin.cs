using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Http;
using WaiaaS.Sdk.Json;

namespace WaiaaS.Sdk;

/// <content>The kill switch, the daemon's status and the audit log.</content>
public sealed partial class WaiaasOperatorClient
{
    /// <summary><c>GET /v1/admin/status</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<AdminStatusResponse> GetAdminStatusAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Get, "v1/admin/status", true), WaiaasJsonContext.Default.AdminStatusResponse, cancellationToken);

    /// <summary><c>GET /v1/admin/kill-switch</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<KillSwitchStateResponse> GetKillSwitchAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Get, "v1/admin/kill-switch", true), WaiaasJsonContext.Default.KillSwitchStateResponse, cancellationToken);

    /// <summary><c>POST /v1/admin/kill-switch</c>: stops everything (state SUSPENDED; never retried).</summary>
    /// <param name="reason">Recorded in the audit log and the notification.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<KillSwitchResponse> ActivateKillSwitchAsync(string? reason = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Post, "v1/admin/kill-switch", false, WaiaasTransport.Body(new KillSwitchRequest(reason), WaiaasRequestJsonContext.Default.KillSwitchRequest)), WaiaasJsonContext.Default.KillSwitchResponse, cancellationToken);

    /// <summary>
    /// <c>POST /v1/admin/recover</c>: back to ACTIVE (never retried). From LOCKED the daemon also wants a verified
    /// owner's signature over the recovery statement: pass it (e.g. from <see cref="WaiaasOwnerClient.SignAsync"/>).
    /// </summary>
    /// <param name="owner">The owner's signature, needed from LOCKED.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<KillSwitchResponse> RecoverFromKillSwitchAsync(OwnerSignature? owner = null, CancellationToken cancellationToken = default)
    {
        var call = new WaiaasCall(HttpMethod.Post, "v1/admin/recover", null, Retry: false, async (request, token) =>
        {
            await Authorize(request, token).ConfigureAwait(false);
            if (owner is not null)
            {
                OwnerHeaders.Add(request, owner);
            }
        });
        return _transport.SendAsync(call, WaiaasJsonContext.Default.KillSwitchResponse, cancellationToken);
    }

    /// <summary><c>GET /v1/audit-logs</c>: one page, filtered.</summary>
    /// <param name="query">Filters and the cursor; all when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ItemsResponse<AuditLogEntryResponse>> QueryAuditLogsAsync(AuditLogQuery? query = null, CancellationToken cancellationToken = default)
    {
        var q = query ?? new AuditLogQuery();
        var path = PathBuilder.Query(
            "v1/audit-logs",
            ("eventType", q.EventType), ("walletId", q.WalletId), ("sessionId", q.SessionId), ("actor", q.Actor),
            ("from", q.From), ("to", q.To), ("cursor", q.Cursor), ("limit", q.Limit));
        return _transport.SendAsync(Call(HttpMethod.Get, path, true), WaiaasJsonContext.Default.ItemsResponseAuditLogEntryResponse, cancellationToken);
    }

    /// <summary><c>GET /v1/audit-logs/verify</c>: checks the hash chain.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<AuditVerifyResponse> VerifyAuditLogsAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Get, "v1/audit-logs/verify", true), WaiaasJsonContext.Default.AuditVerifyResponse, cancellationToken);
}
