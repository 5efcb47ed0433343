using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.Sessions;

namespace WaiaaS.Daemon.Endpoints;

/// <summary>
/// <c>/v1/sessions</c>: the operator creates, lists and revokes sessions (masterAuth); an agent renews its own
/// session (sessionAuth). Also <c>POST /v1/admin/rotate-secret</c> (masterAuth).
/// </summary>
internal static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/sessions").WithTags("Sessions");
        group.MapPost("/", Create).RequireMasterAuth().WithName("CreateSession");
        group.MapGet("/", List).RequireMasterAuth().WithName("ListSessions");
        group.MapGet("/{id}", Get).RequireMasterAuth().WithName("GetSession");
        group.MapDelete("/{id}", Revoke).RequireMasterAuth().WithName("RevokeSession");
        group.MapPut("/{id}/renew", Renew).RequireSessionAuth().WithName("RenewSession");
        routes.MapPost("/v1/admin/rotate-secret", RotateSecret).RequireMasterAuth().WithTags("Admin").WithName("RotateSessionSecret");
        return routes;
    }

    private static async Task<IResult> Create(CreateSessionRequest? request, SessionService sessions, HttpContext context)
    {
        if (request is null)
        {
            return new Failure(ErrorCodes.InvalidRequest, "a JSON body {walletId | walletIds, ttl?, maxRenewals?, absoluteLifetime?, constraints?} is required.").ToHttp();
        }

        var result = await sessions.CreateAsync(request, context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false);
        return result.ToHttp(session => TypedResults.Created($"/v1/sessions/{session.Id}", session));
    }

    private static async Task<IResult> List(string? walletId, SessionService sessions, HttpContext context) =>
        TypedResults.Ok(new ItemsResponse<SessionResponse>(await sessions.ListAsync(walletId, context.RequestAborted).ConfigureAwait(false)));

    private static async Task<IResult> Get(string id, SessionService sessions, HttpContext context) =>
        (await sessions.GetAsync(id, context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> Revoke(string id, SessionService sessions, HttpContext context) =>
        (await sessions.RevokeAsync(id, context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> Renew(string id, SessionRenewer renewer, HttpContext context)
    {
        var caller = context.GetAuthenticatedSession();
        var origin = new Wallets.RequestOrigin(Audit.AuditActors.Session(caller.SessionId), context.TraceIdentifier, context.Connection.RemoteIpAddress?.ToString());
        return (await renewer.RenewAsync(id, caller, origin, context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);
    }

    private static async Task<IResult> RotateSecret(JwtSecretStore secrets, HttpContext context) =>
        TypedResults.Ok(await secrets.RotateAsync(context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false));
}
