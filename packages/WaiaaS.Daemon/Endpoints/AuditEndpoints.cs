using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Endpoints;

/// <summary><c>/v1/audit-logs</c>: query with filters and a cursor, and verify the hash chain (masterAuth).</summary>
internal static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/audit-logs").RequireMasterAuth().WithTags("Audit");
        group.MapGet("/", Query).WithName("QueryAuditLogs");
        group.MapGet("/verify", Verify).WithName("VerifyAuditLogs");
        return routes;
    }

    private static async Task<IResult> Query(
        IDbContextFactory<WaiaasDbContext> factory,
        HttpContext context,
        string? eventType = null,
        string? walletId = null,
        string? sessionId = null,
        string? actor = null,
        long? from = null,
        long? to = null,
        string? cursor = null,
        int? limit = null)
    {
        await using var db = await factory.CreateDbContextAsync(context.RequestAborted).ConfigureAwait(false);
        AuditPage page;
        try
        {
            page = await AuditLogReader.QueryAsync(db, new AuditQuery
            {
                EventType = eventType,
                WalletId = walletId,
                SessionId = sessionId,
                Actor = actor,
                From = from,
                To = to,
                Cursor = cursor,
                Limit = limit,
            }, context.RequestAborted).ConfigureAwait(false);
        }
        catch (AuditQueryException e)
        {
            var error = e.Code == AuditQueryException.InvalidCursor ? ErrorCodes.InvalidCursor : ErrorCodes.ValidationFailed;
            return new Failure(error, e.Message).ToHttp();
        }

        var items = page.Items.Select(ToResponse).ToList();
        return TypedResults.Ok(new ItemsResponse<AuditLogEntryResponse>(items, page.NextCursor, page.NextCursor is not null));
    }

    private static async Task<IResult> Verify(IDbContextFactory<WaiaasDbContext> factory, HttpContext context)
    {
        await using var db = await factory.CreateDbContextAsync(context.RequestAborted).ConfigureAwait(false);
        var result = await AuditChainVerifier.VerifyAsync(db, context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(ToResponse(result));
    }

    internal static AuditVerifyResponse ToResponse(AuditChainVerification result) => new(
        result.Valid,
        result.RowsChecked,
        result.FirstBrokenId,
        result.FirstBrokenIndex,
        UpperSnakeEnumConverter<AuditChainBreak>.Format(result.Reason).ToLowerInvariant(),
        result.Describe());

    private static AuditLogEntryResponse ToResponse(AuditLogEntity row) => new(
        row.Id,
        row.Seq,
        row.CreatedAt,
        row.EventType,
        row.Actor,
        row.WalletId,
        row.SessionId,
        row.TransactionId,
        row.RequestId,
        row.IpAddress,
        row.Details is null ? null : JsonNode.Parse(row.Details) as JsonObject,
        row.PrevHash,
        row.Hash);
}
