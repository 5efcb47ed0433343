using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WaiaaS.Core.Contracts;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.Policies;

namespace WaiaaS.Daemon.Endpoints;

/// <summary>
/// <c>/v1/policies</c>: the operator's policy management (masterAuth), and the list an agent may read for its own wallets
/// (sessionAuth: global policies and those of the session's wallets). Shapes in docs/policies.md.
/// </summary>
internal static class PolicyEndpoints
{
    public static IEndpointRouteBuilder MapPolicyEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/policies").RequireMasterAuth().WithTags("Policies");
        group.MapPost("/", Create).WithName("CreatePolicy");
        group.MapGet("/", List).RequireSessionOrMasterAuth().WithName("ListPolicies");
        group.MapGet("/{id}", Get).WithName("GetPolicy");
        group.MapPut("/{id}", Update).WithName("UpdatePolicy");
        group.MapDelete("/{id}", Delete).WithName("DeletePolicy");
        return routes;
    }

    private static async Task<IResult> Create(JsonElement body, PolicyService policies, HttpContext context) =>
        (await policies.CreateAsync(body, context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false))
            .ToHttp(policy => TypedResults.Created($"/v1/policies/{policy.Id}", policy));

    private static async Task<IResult> List(string? walletId, string? type, PolicyService policies, HttpContext context) =>
        (await policies.ListAsync(walletId, type, context.Caller().WalletIds, context.RequestAborted).ConfigureAwait(false))
            .ToHttp(items => TypedResults.Ok(new ItemsResponse<PolicyResponse>(items)));

    private static async Task<IResult> Get(string id, PolicyService policies, HttpContext context) =>
        (await policies.GetAsync(id, context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> Update(string id, JsonElement body, PolicyService policies, HttpContext context) =>
        (await policies.UpdateAsync(id, body, context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> Delete(string id, PolicyService policies, HttpContext context) =>
        (await policies.DeleteAsync(id, context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);
}
