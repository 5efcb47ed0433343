using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using WaiaaS.Core.Contracts;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.KillSwitch;
using WaiaaS.Daemon.Owners;
using WaiaaS.Daemon.Wallets;

namespace WaiaaS.Daemon.Endpoints;

/// <summary>
/// The kill switch and the operator's status (SPEC §10, §16): <c>/v1/admin/kill-switch</c>, <c>/v1/admin/recover</c>,
/// <c>/v1/admin/status</c> (masterAuth) and <c>/v1/owner/kill-switch</c> (ownerAuth, a verified owner).
/// </summary>
internal static class KillSwitchEndpoints
{
    public static IEndpointRouteBuilder MapKillSwitchEndpoints(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/v1/admin").RequireMasterAuth().WithTags("Admin");
        admin.MapGet("/status", Status).WithName("GetAdminStatus");
        admin.MapGet("/kill-switch", GetKillSwitch).WithName("GetKillSwitch");
        admin.MapPost("/kill-switch", Activate).WithName("ActivateKillSwitch");
        admin.MapPost("/recover", Recover).WithName("RecoverFromKillSwitch");
        routes.MapPost("/v1/owner/kill-switch", ActivateByOwner)
            .RequireOwnerAuth(OwnerAuthScope.AnyVerifiedOwner)
            .AllowWhileKillSwitchEngaged()
            .WithTags("Owner")
            .WithName("ActivateKillSwitchByOwner");
        return routes;
    }

    private static async Task<IResult> Status(AdminStatusReader reader, HttpContext context) =>
        TypedResults.Ok(await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false));

    private static async Task<IResult> GetKillSwitch(AdminStatusReader reader, HttpContext context) =>
        TypedResults.Ok(await reader.ReadKillSwitchAsync(context.RequestAborted).ConfigureAwait(false));

    private static async Task<IResult> Activate(KillSwitchRequest? request, KillSwitchService service, HttpContext context)
    {
        var reason = WalletInputRules.Reason(request?.Reason);
        if (!reason.Succeeded)
        {
            return reason.Failure.ToHttp();
        }

        return (await service.ActivateByOperatorAsync(reason.Value, context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);
    }

    private static async Task<IResult> ActivateByOwner(KillSwitchService service, HttpContext context)
    {
        var owner = context.Features.GetRequiredFeature<OwnerCredential>();
        return (await service.ActivateByOwnerAsync(owner, OwnerOrigin(context, owner), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);
    }

    // masterAuth always; from LOCKED also a verified owner's signature over the recovery statement, in the same
    // X-Owner-* headers ownerAuth uses (checked here because the endpoint's declared credential is the master's).
    private static async Task<IResult> Recover(KillSwitchService service, OwnerAuthenticator owners, HttpContext context)
    {
        OwnerCredential? owner = null;
        if (OwnerAuthenticator.HasOwnerHeaders(context))
        {
            var authenticated = await owners.AuthenticateAsync(context, OwnerAuthScope.AnyVerifiedOwner, context.RequestAborted).ConfigureAwait(false);
            if (!authenticated.Succeeded)
            {
                return authenticated.Failure.ToHttp();
            }

            owner = authenticated.Value;
        }

        return (await service.RecoverAsync(owner, context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);
    }

    internal static RequestOrigin OwnerOrigin(HttpContext context, OwnerCredential owner) =>
        new(AuditActors.Owner(owner.Address), context.TraceIdentifier, context.Connection.RemoteIpAddress?.ToString());
}
