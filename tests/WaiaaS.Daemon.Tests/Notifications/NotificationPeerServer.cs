using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WaiaaS.Daemon.Tests.Notifications;

/// <summary>
/// The four notification services on one local Kestrel (127.0.0.1, random port), speaking the parts of their public
/// APIs the daemon uses:
/// <list type="bullet">
/// <item>Telegram Bot API <c>POST /bot{token}/sendMessage</c>, JSON <c>{chat_id, text}</c> → <c>{"ok": true, "result": Message}</c>;
/// a wrong token → 401 <c>{"ok": false, "error_code": 401, "description": "Unauthorized"}</c>; an unknown chat → 400
/// <c>{"ok": false, "error_code": 400, "description": "Bad Request: chat not found"}</c>.</item>
/// <item>Discord webhook <c>POST /api/webhooks/{id}/{token}</c>, JSON with <c>content</c> or <c>embeds</c> → 204 No Content;
/// neither → 400 <c>{"message": "Cannot send an empty message", "code": 50006}</c>; a wrong token → 401.</item>
/// <item>Slack incoming webhook <c>POST /services/{T}/{B}/{X}</c>, JSON <c>{text}</c> → 200 <c>ok</c> (text/plain);
/// no text → 400 <c>no_text</c>; an unknown hook → 404 <c>no_service</c>.</item>
/// <item>ntfy <c>POST /{topic}</c>, the message as the body, <c>Title</c>/<c>Priority</c>/<c>Tags</c> headers (RFC 2047
/// encoded words decoded) → 200 JSON <c>{id, time, expires, event: "message", topic, message, title, priority, tags}</c>.</item>
/// </list>
/// A route can be told to answer with an error status instead (<see cref="FailWith"/>).
/// </summary>
public sealed class NotificationPeerServer : IAsyncDisposable
{
    public const string BotToken = "123456789:AAH-secret-bot-token-xyz";
    public const string ChatId = "424242";
    public const string DiscordPath = "/api/webhooks/1100/discord-secret-token";
    public const string SlackPath = "/services/T000/B000/slack-secret-xyz";
    public const string NtfyTopic = "waiaas-secret-topic-77";

    private readonly WebApplication _app;
    private int _telegramMessageId;

    private NotificationPeerServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public ConcurrentQueue<ReceivedNotification> Received { get; } = new();

    /// <summary>Channel name → HTTP status the route answers instead of accepting the message.</summary>
    public ConcurrentDictionary<string, int> FailWith { get; } = new(StringComparer.Ordinal);

    public static IEnumerable<string> Secrets => [BotToken, "discord-secret-token", "slack-secret-xyz", NtfyTopic];

    public static async Task<NotificationPeerServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        NotificationPeerServer? server = null;
        app.MapPost("/{bot}/sendMessage", (HttpContext c, string bot) => server!.TelegramAsync(c, bot));
        app.MapPost("/api/webhooks/{id}/{token}", (HttpContext c, string token) => server!.DiscordAsync(c, token));
        app.MapPost("/services/{t}/{b}/{x}", (HttpContext c) => server!.SlackAsync(c));
        app.MapPost("/{topic}", (HttpContext c, string topic) => server!.NtfyAsync(c, topic));
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(address.Host)));
        server = new NotificationPeerServer(app, $"http://127.0.0.1:{address.Port}");
        return server;
    }

    public IReadOnlyList<ReceivedNotification> Of(string channel) => Received.Where(r => r.Channel == channel).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private bool Failing(HttpContext context, string channel)
    {
        if (!FailWith.TryGetValue(channel, out var status))
        {
            return false;
        }

        context.Response.StatusCode = status;
        return true;
    }

    private async Task TelegramAsync(HttpContext context, string token)
    {
        if (Failing(context, "telegram"))
        {
            return;
        }

        if (token != "bot" + BotToken)
        {
            await Json(context, 401, new { ok = false, error_code = 401, description = "Unauthorized" });
            return;
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var chat = body.RootElement.GetProperty("chat_id");
        var chatId = chat.ValueKind == JsonValueKind.Number ? chat.GetRawText() : chat.GetString();
        if (chatId != ChatId)
        {
            await Json(context, 400, new { ok = false, error_code = 400, description = "Bad Request: chat not found" });
            return;
        }

        var text = body.RootElement.GetProperty("text").GetString()!;
        var lines = text.Split('\n', 2);
        Received.Enqueue(new ReceivedNotification("telegram", lines[0], lines.Length > 1 ? lines[1] : "", Headers(context)));
        var id = Interlocked.Increment(ref _telegramMessageId);
        await Json(context, 200, new { ok = true, result = new { message_id = id, date = 1_700_000_000, chat = new { id = long.Parse(ChatId, System.Globalization.CultureInfo.InvariantCulture), type = "private" }, text } });
    }

    private async Task DiscordAsync(HttpContext context, string token)
    {
        if (Failing(context, "discord"))
        {
            return;
        }

        if (token != "discord-secret-token")
        {
            await Json(context, 401, new { message = "Invalid Webhook Token", code = 50027 });
            return;
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var root = body.RootElement;
        if (root.TryGetProperty("embeds", out var embeds) && embeds.GetArrayLength() > 0)
        {
            var embed = embeds[0];
            Received.Enqueue(new ReceivedNotification("discord", embed.GetProperty("title").GetString()!, embed.GetProperty("description").GetString()!, Headers(context)));
        }
        else if (root.TryGetProperty("content", out var content) && content.GetString() is { Length: > 0 } text)
        {
            Received.Enqueue(new ReceivedNotification("discord", "", text, Headers(context)));
        }
        else
        {
            await Json(context, 400, new { message = "Cannot send an empty message", code = 50006 });
            return;
        }

        context.Response.StatusCode = 204;
    }

    private async Task SlackAsync(HttpContext context)
    {
        if (Failing(context, "slack"))
        {
            return;
        }

        if (context.Request.Path != SlackPath)
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("no_service");
            return;
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        if (!body.RootElement.TryGetProperty("text", out var text) || text.GetString() is not { Length: > 0 } value)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync("no_text");
            return;
        }

        var lines = value.Split('\n', 2);
        Received.Enqueue(new ReceivedNotification("slack", lines[0].Trim('*'), lines.Length > 1 ? lines[1] : "", Headers(context)));
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync("ok");
    }

    private async Task NtfyAsync(HttpContext context, string topic)
    {
        if (Failing(context, "ntfy"))
        {
            return;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var message = await reader.ReadToEndAsync();
        var title = DecodeWord(context.Request.Headers["Title"].ToString());
        var priority = int.TryParse(context.Request.Headers["Priority"].ToString(), out var p) ? p : 3;
        var tags = context.Request.Headers["Tags"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        Received.Enqueue(new ReceivedNotification("ntfy", title, message, Headers(context)));
        await Json(context, 200, new { id = "sPs71M8A2T", time = 1_700_000_000, expires = 1_700_043_200, @event = "message", topic, message, title, priority, tags });
    }

    /// <summary>RFC 2047 <c>=?UTF-8?B?…?=</c> as ntfy decodes it; anything else as is.</summary>
    private static string DecodeWord(string value) =>
        value.StartsWith("=?UTF-8?B?", StringComparison.OrdinalIgnoreCase) && value.EndsWith("?=", StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(value[10..^2]))
            : value;

    private static Dictionary<string, string> Headers(HttpContext context) =>
        context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);

    private static async Task Json(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
