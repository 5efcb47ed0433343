using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.Transactions;

namespace WaiaaS.Daemon.Endpoints;

/// <summary><c>/v1/wallet/address|balance|assets</c>: an agent reads its session's wallet (SPEC §16).</summary>
internal static class AgentWalletEndpoints
{
    public static IEndpointRouteBuilder MapAgentWalletEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/wallet").RequireSessionAuth().WithTags("Agent wallet");
        group.MapGet("/address", async (AgentWalletReader reader, HttpContext context, string? walletId, string? network) =>
            (await reader.AddressAsync(context.Caller(), walletId, network, context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok))
            .WithName("GetAgentWalletAddress");
        group.MapGet("/balance", async (AgentWalletReader reader, HttpContext context, string? walletId, string? network) =>
            (await reader.BalancesAsync(context.Caller(), walletId, network, withTokens: false, context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok))
            .WithName("GetAgentWalletBalance");
        group.MapGet("/assets", async (AgentWalletReader reader, HttpContext context, string? walletId, string? network) =>
            (await reader.BalancesAsync(context.Caller(), walletId, network, withTokens: true, context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok))
            .WithName("GetAgentWalletAssets");
        return routes;
    }
}
