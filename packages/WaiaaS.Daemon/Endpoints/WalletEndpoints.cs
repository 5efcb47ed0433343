using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.Wallets;

namespace WaiaaS.Daemon.Endpoints;

/// <summary><c>/v1/wallets</c>: the operator's wallet management (masterAuth; an agent may list its own wallet's networks).</summary>
internal static class WalletEndpoints
{
    public static IEndpointRouteBuilder MapWalletEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/wallets").RequireMasterAuth().WithTags("Wallets");
        group.MapPost("/", Create).WithName("CreateWallet");
        group.MapGet("/", List).WithName("ListWallets");
        group.MapGet("/{id}", Get).WithName("GetWallet");
        group.MapPut("/{id}", Rename).WithName("RenameWallet");
        group.MapPost("/{id}/suspend", Suspend).WithName("SuspendWallet");
        group.MapPost("/{id}/resume", Resume).WithName("ResumeWallet");
        group.MapDelete("/{id}", Terminate).WithName("TerminateWallet");
        group.MapPost("/{id}/purge", Purge).WithName("PurgeWallet");
        group.MapGet("/{id}/networks", Networks).RequireSessionOrMasterAuth().WithName("ListWalletNetworks");
        return routes;
    }

    private static async Task<IResult> Create(CreateWalletRequest? request, WalletService wallets, HttpContext context)
    {
        if (request is null)
        {
            return new Failure(ErrorCodes.InvalidRequest, "a JSON body {name, chain, environment} is required.").ToHttp();
        }

        var result = await wallets.CreateAsync(request, context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false);
        return result.ToHttp(wallet => TypedResults.Created($"/v1/wallets/{wallet.Id}", wallet));
    }

    private static async Task<IResult> List(WalletService wallets, HttpContext context) =>
        TypedResults.Ok(new ItemsResponse<WalletResponse>(await wallets.ListAsync(context.RequestAborted).ConfigureAwait(false)));

    private static async Task<IResult> Get(string id, WalletService wallets, HttpContext context) =>
        (await wallets.GetAsync(id, context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> Rename(string id, RenameWalletRequest? request, WalletService wallets, HttpContext context) =>
        (await wallets.RenameAsync(id, request?.Name, context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> Suspend(string id, SuspendWalletRequest? request, WalletService wallets, HttpContext context) =>
        (await wallets.SuspendAsync(id, request?.Reason, context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> Resume(string id, WalletService wallets, HttpContext context) =>
        (await wallets.ResumeAsync(id, context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> Terminate(string id, WalletService wallets, HttpContext context) =>
        (await wallets.TerminateAsync(id, context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> Purge(string id, WalletService wallets, HttpContext context) =>
        (await wallets.PurgeAsync(id, context.MasterOrigin(), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> Networks(string id, WalletService wallets, WalletNetworkCatalog catalog, HttpContext context)
    {
        if (!context.Caller().MayUse(id))
        {
            return new Failure(ErrorCodes.WalletNotInSession, $"the session may not use wallet {id}.").ToHttp();
        }

        var wallet = await wallets.GetAsync(id, context.RequestAborted).ConfigureAwait(false);
        return wallet.ToHttp(w =>
        {
            _ = Core.Chains.ChainNames.TryParseChain(w.Chain, out var chain);
            _ = Core.Chains.ChainNames.TryParseEnvironment(w.Environment, out var environment);
            return TypedResults.Ok(new ItemsResponse<WalletNetworkResponse>(catalog.For(chain, environment)));
        });
    }
}
