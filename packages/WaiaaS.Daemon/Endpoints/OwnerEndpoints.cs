using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.Owners;

namespace WaiaaS.Daemon.Endpoints;

/// <summary>
/// Owner registration (SPEC §9): <c>GET /v1/nonce</c> (no credential: the owner has none yet),
/// <c>PUT /v1/wallets/{id}/owner</c> (masterAuth) and <c>POST /v1/wallets/{id}/owner/verify</c> (ownerAuth).
/// </summary>
internal static class OwnerEndpoints
{
    public static IEndpointRouteBuilder MapOwnerEndpoints(this IEndpointRouteBuilder routes)
    {
        // Open by design: an owner proves control with a signature over a nonce before any credential exists. The
        // nonce grants nothing by itself; outstanding nonces are capped (OwnerNonceStore).
        routes.MapGet("/v1/nonce", IssueNonce).AllowWithoutCredentials().WithTags("Owner").WithName("GetNonce");
        routes.MapPut("/v1/wallets/{id}/owner", SetOwner).RequireMasterAuth().WithTags("Owner").WithName("SetWalletOwner");
        routes.MapPost("/v1/wallets/{id}/owner/verify", Verify).RequireOwnerAuth(OwnerAuthScope.Wallet).WithTags("Owner").WithName("VerifyWalletOwner");
        return routes;
    }

    private static async Task<IResult> IssueNonce(OwnerNonceStore nonces, HttpContext context) =>
        (await nonces.IssueAsync(context.RequestAborted).ConfigureAwait(false)).ToHttp(n => TypedResults.Ok(new NonceResponse(n.Nonce, n.ExpiresAt)));

    private static async Task<IResult> SetOwner(string id, SetOwnerRequest? request, OwnerService owners, HttpContext context)
    {
        if (request is null)
        {
            return new Failure(ErrorCodes.InvalidRequest, "a JSON body {ownerAddress} is required.").ToHttp();
        }

        return (await owners.SetOwnerAsync(id, request.OwnerAddress, context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);
    }

    private static async Task<IResult> Verify(string id, OwnerService owners, HttpContext context)
    {
        var owner = context.Features.GetRequiredFeature<OwnerCredential>();
        return (await owners.VerifyOwnerAsync(id, owner, KillSwitchEndpoints.OwnerOrigin(context, owner), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);
    }
}
