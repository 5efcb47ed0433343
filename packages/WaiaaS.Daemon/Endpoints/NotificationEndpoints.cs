using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Notifications;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.Notifications;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Endpoints;

/// <summary>
/// <c>/v1/admin/notifications</c> (masterAuth): the channels' setup without secrets, a test message through every
/// configured channel, and the delivery log.
/// </summary>
internal static class NotificationEndpoints
{
    /// <summary>The event type of the test message in <c>notification_logs</c>.</summary>
    public const string TestEventType = "NOTIFICATION_TEST";

    private const int DefaultLimit = 50;
    private const int MaxLimit = 200;

    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/admin/notifications").RequireMasterAuth().WithTags("Admin");
        group.MapGet("/status", Status).WithName("GetNotificationStatus");
        group.MapPost("/test", Test).WithName("SendTestNotification");
        group.MapGet("/log", Log).WithName("GetNotificationLog");
        return routes;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.Ok<NotificationStatusResponse> Status(WaiaasConfig config, NotificationChannelSet channels)
    {
        var order = config.Notifications.ChannelOrder.Distinct(StringComparer.Ordinal).ToList();
        var list = channels.All.Select(c => new NotificationChannelStatusResponse(
            c.Name, c.IsConfigured(config), order.IndexOf(c.Name) is var i and >= 0 ? i + 1 : null)).ToList();
        return TypedResults.Ok(new NotificationStatusResponse(
            config.Notifications.Enabled, NotificationChannelSet.IsActive(config), order, list, config.Notifications.RateLimitRpm, config.Notifications.Locale));
    }

    private static async Task<IResult> Test(WaiaasConfig config, NotificationSender sender, HttpContext context)
    {
        var message = new NotificationMessage(TestEventType, NotificationSeverity.Info, "WaiaaS test notification", NotificationTemplates.Welcome(config.Notifications.Locale));
        var attempts = await sender.SendToAllAsync(message, context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(new ItemsResponse<NotificationTestResultResponse>(
            attempts.Select(a => new NotificationTestResultResponse(a.Channel, a.Status, a.Error)).ToList()));
    }

    private static async Task<IResult> Log(IDbContextFactory<WaiaasDbContext> factory, HttpContext context, string? cursor = null, int? limit = null)
    {
        var take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit)
        {
            return new Failure(ErrorCodes.ValidationFailed, string.Create(CultureInfo.InvariantCulture, $"limit must be between 1 and {MaxLimit}.")).ToHttp();
        }

        if (cursor is not null && !Guid.TryParse(cursor, out _))
        {
            return new Failure(ErrorCodes.InvalidCursor).ToHttp();
        }

        await using var db = await factory.CreateDbContextAsync(context.RequestAborted).ConfigureAwait(false);
        var query = db.NotificationLogs.AsNoTracking();
        if (cursor is not null)
        {
            query = query.Where(l => l.Id.CompareTo(cursor) < 0);
        }

        // Newest first; ids are UUIDv7, so their order is the time order.
        var rows = await query.OrderByDescending(l => l.Id).Take(take + 1).ToListAsync(context.RequestAborted).ConfigureAwait(false);
        var more = rows.Count > take;
        var page = rows.Take(take).Select(r => new NotificationLogEntryResponse(
            r.Id, r.ChannelId, r.EventType, r.Status, r.Error, r.Message, r.WalletId, r.SessionId, r.CreatedAt)).ToList();
        return TypedResults.Ok(new ItemsResponse<NotificationLogEntryResponse>(page, more ? page[^1].Id : null, more));
    }
}
