using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Http;
using WaiaaS.Sdk.Json;

namespace WaiaaS.Sdk;

/// <content>Policies: <c>/v1/policies</c>.</content>
public sealed partial class WaiaasOperatorClient
{
    /// <summary><c>POST /v1/policies</c> (never retried).</summary>
    /// <param name="request">Type, rules and scope.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<PolicyResponse> CreatePolicyAsync(CreatePolicyRequest request, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Post, "v1/policies", false, WaiaasTransport.Body(request, WaiaasRequestJsonContext.Default.CreatePolicyRequest)), WaiaasJsonContext.Default.PolicyResponse, cancellationToken);

    /// <summary><c>GET /v1/policies</c>.</summary>
    /// <param name="walletId">Only this wallet's policies.</param>
    /// <param name="type">Only this type.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ItemsResponse<PolicyResponse>> ListPoliciesAsync(string? walletId = null, string? type = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Get, PathBuilder.Query("v1/policies", ("walletId", walletId), ("type", type)), true), WaiaasJsonContext.Default.ItemsResponsePolicyResponse, cancellationToken);

    /// <summary><c>GET /v1/policies/{id}</c>.</summary>
    /// <param name="id">The policy id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<PolicyResponse> GetPolicyAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Get, Policy(id), true), WaiaasJsonContext.Default.PolicyResponse, cancellationToken);

    /// <summary><c>PUT /v1/policies/{id}</c>: changes the fields given (idempotent, retried).</summary>
    /// <param name="id">The policy id.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<PolicyResponse> UpdatePolicyAsync(string id, UpdatePolicyRequest request, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Put, Policy(id), true, WaiaasTransport.Body(request, WaiaasRequestJsonContext.Default.UpdatePolicyRequest)), WaiaasJsonContext.Default.PolicyResponse, cancellationToken);

    /// <summary><c>DELETE /v1/policies/{id}</c>: answers the deleted policy (never retried: a second delete is <c>POLICY_NOT_FOUND</c>).</summary>
    /// <param name="id">The policy id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<PolicyResponse> DeletePolicyAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(Call(HttpMethod.Delete, Policy(id), false), WaiaasJsonContext.Default.PolicyResponse, cancellationToken);

    private static string Policy(string id) => "v1/policies/" + PathBuilder.Segment(id);
}
