using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WaiaaS.Daemon.Agents;
using WaiaaS.Daemon.Http;

namespace WaiaaS.Daemon.Endpoints;

/// <summary><c>GET /v1/connect-info</c>: an agent's self-discovery call (its session, wallets, networks, policies).</summary>
internal static class ConnectInfoEndpoints
{
    public static IEndpointRouteBuilder MapConnectInfoEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/connect-info", async (ConnectInfoReader reader, HttpContext context) =>
                (await reader.ReadAsync(context.GetAuthenticatedSession(), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok))
            .RequireSessionAuth()
            .WithTags("Agent wallet")
            .WithName("GetConnectInfo");
        return routes;
    }
}
