using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Http;

namespace WaiaaS.Daemon.Telegram;

/// <summary>
/// The operator's view of the bot's chats (masterAuth): <c>GET /v1/admin/telegram/chats</c>,
/// <c>POST /v1/admin/telegram/chats/{chatId}/approve</c> and <c>…/deny</c> (audited).
/// </summary>
internal static class TelegramEndpoints
{
    public static IEndpointRouteBuilder MapTelegramEndpoints(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/v1/admin/telegram").RequireMasterAuth().WithTags("Admin");
        admin.MapGet("/chats", List).WithName("ListTelegramChats");
        admin.MapPost("/chats/{chatId}/approve", (string chatId, TelegramChatRegistry chats, HttpContext context) => Decide(chatId, true, chats, context)).WithName("ApproveTelegramChat");
        admin.MapPost("/chats/{chatId}/deny", (string chatId, TelegramChatRegistry chats, HttpContext context) => Decide(chatId, false, chats, context)).WithName("DenyTelegramChat");
        return routes;
    }

    private static async Task<IResult> List(TelegramChatRegistry chats, HttpContext context) =>
        TypedResults.Ok(new { chats = await chats.ListAsync(context.RequestAborted).ConfigureAwait(false) });

    private static async Task<IResult> Decide(string chatId, bool approve, TelegramChatRegistry chats, HttpContext context)
    {
        if (!long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) || id == 0)
        {
            return new Core.Errors.Failure(Core.Errors.ErrorCodes.InvalidRequest, "chatId must be a Telegram chat id (an integer).").ToHttp();
        }

        return TypedResults.Ok(await chats.DecideAsync(id, approve, AuditActors.Master, context.TraceIdentifier, context.RequestAborted).ConfigureAwait(false));
    }
}
