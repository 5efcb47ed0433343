using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WaiaaS.Core;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.Owners;
using WaiaaS.Daemon.Transactions;

namespace WaiaaS.Daemon.Endpoints;

/// <summary>The transaction API of SPEC §9/§16: agents send and simulate; agents and the operator read and cancel; the owner approves or rejects.</summary>
internal static class TransactionEndpoints
{
    private const int MaxIdempotencyKeyLength = 255;

    public static IEndpointRouteBuilder MapTransactionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/transactions").WithTags("Transactions");
        group.MapPost("/send", Send).RequireSessionAuth().WithName("SendTransaction");
        group.MapPost("/simulate", Simulate).RequireSessionAuth().WithName("SimulateTransaction");
        group.MapGet("/", List).RequireSessionOrMasterAuth().WithName("ListTransactions");
        group.MapGet("/pending", Pending).RequireSessionOrMasterAuth().WithName("ListPendingTransactions");
        group.MapGet("/{id}", Get).RequireSessionOrMasterAuth().WithName("GetTransaction");
        group.MapPost("/{id}/cancel", Cancel).RequireSessionOrMasterAuth().WithName("CancelTransaction");
        group.MapPost("/{id}/approve", (string id, TransactionActions actions, HttpContext context) => AnswerAsync(id, OwnerAction.Approve, actions, context))
            .RequireOwnerAuth(OwnerAuthScope.Transaction).WithName("ApproveTransaction");
        group.MapPost("/{id}/reject", (string id, TransactionActions actions, HttpContext context) => AnswerAsync(id, OwnerAction.Reject, actions, context))
            .RequireOwnerAuth(OwnerAuthScope.Transaction).WithName("RejectTransaction");
        return routes;
    }

    private static async Task<IResult> Send(JsonElement body, TransactionPipeline pipeline, HttpContext context)
    {
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > MaxIdempotencyKeyLength || key.Any(char.IsControl))
        {
            return new Failure(ErrorCodes.ValidationFailed, $"Idempotency-Key must be at most {MaxIdempotencyKeyLength} printable characters.").ToHttp();
        }

        var command = SendCommandParser.Parse(body);
        if (!command.Succeeded)
        {
            return command.Failure.ToHttp();
        }

        var outcome = await pipeline.SendAsync(command.Value!, context.Caller(), key.Length == 0 ? null : key, context.RequestAborted).ConfigureAwait(false);
        return outcome.ToHttp(sent => TypedResults.Created(
            $"/v1/transactions/{sent.Id}",
            new SendTransactionResponse(sent.Id, sent.Status.ToWireName(), sent.Tier?.ToWireName())));
    }

    private static async Task<IResult> Simulate(JsonElement body, TransactionPipeline pipeline, HttpContext context)
    {
        var command = SendCommandParser.Parse(body);
        if (!command.Succeeded)
        {
            return command.Failure.ToHttp();
        }

        var outcome = await pipeline.SimulateAsync(command.Value!, context.Caller(), context.RequestAborted).ConfigureAwait(false);
        return outcome.ToHttp(TypedResults.Ok);
    }

    private static async Task<IResult> List(TransactionQueries queries, HttpContext context, string? walletId, string? status, string? cursor, int? limit)
    {
        var page = await queries.ListAsync(context.Caller(), walletId, status, cursor, limit, context.RequestAborted).ConfigureAwait(false);
        return page.ToHttp(p => TypedResults.Ok(new { items = p.Items, cursor = p.Cursor, hasMore = p.HasMore }));
    }

    private static async Task<IResult> Pending(TransactionQueries queries, HttpContext context, string? walletId) =>
        TypedResults.Ok(new ItemsResponse<TransactionResponse>(await queries.PendingAsync(context.Caller(), walletId, context.RequestAborted).ConfigureAwait(false)));

    private static async Task<IResult> Get(string id, TransactionQueries queries, HttpContext context) =>
        (await queries.GetAsync(id, context.Caller(), context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> Cancel(string id, TransactionActions actions, TransactionQueries queries, HttpContext context)
    {
        var caller = context.Caller();
        var cancelled = await actions.CancelAsync(id, caller, context.RequestAborted).ConfigureAwait(false);
        if (!cancelled.Succeeded)
        {
            return cancelled.Failure.ToHttp();
        }

        return (await queries.GetAsync(id, caller, context.RequestAborted).ConfigureAwait(false)).ToHttp(TypedResults.Ok);
    }

    private static async Task<IResult> AnswerAsync(string id, OwnerAction action, TransactionActions actions, HttpContext context)
    {
        // The owner middleware decoded the headers (the message arrives base64-encoded) and checked the signature.
        var credential = context.Features.Get<OwnerCredential>()!;
        var proof = new OwnerProof(credential.Address, credential.Message, credential.Signature);
        var answered = await actions.AnswerAsync(id, action, proof, context.TraceIdentifier, context.RequestAborted).ConfigureAwait(false);
        return answered.ToHttp(row => TypedResults.Ok(new SendTransactionResponse(row.Id, row.Status, row.Tier)));
    }
}
