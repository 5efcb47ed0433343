using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WaiaaS.Daemon.Tests.Telegram;

/// <summary>
/// A local Telegram Bot API on a random 127.0.0.1 port (real Kestrel) for the methods the bot uses, with the shapes
/// of https://core.telegram.org/bots/api: <c>POST /bot&lt;token&gt;/&lt;method&gt;</c> with a JSON body, answers
/// <c>{"ok": true, "result": …}</c> or <c>{"ok": false, "error_code": 401, "description": "Unauthorized"}</c>.
/// <c>getUpdates</c> (offset, timeout: long polling) returns the queued <c>Update</c> objects whose
/// <c>update_id</c> ≥ offset (a higher offset confirms and drops the older ones), each with a <c>message</c>
/// (message_id, from, chat {id, type}, date, text) or a <c>callback_query</c> (id, from, message, chat_instance,
/// data). <c>sendMessage</c> and <c>answerCallbackQuery</c> are recorded and answer a Message / <c>true</c>.
/// </summary>
public sealed class FakeTelegramServer : IAsyncDisposable
{
    public const string Token = "123456789:AAtest-bot-token-for-the-fake-server_x";
    private readonly WebApplication _app;
    private readonly List<JsonObject> _updates = [];
    private readonly object _lock = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextUpdateId = 1000;
    private int _nextMessageId = 1;

    private FakeTelegramServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public ConcurrentQueue<SentMessage> Sent { get; } = new();

    public ConcurrentQueue<string> AnsweredCallbacks { get; } = new();

    public ConcurrentQueue<string> Methods { get; } = new();

    /// <summary>Answers the next getUpdates calls get instead of updates (e.g. a 429 with parameters.retry_after).</summary>
    public ConcurrentQueue<(int Status, string Body)> GetUpdatesFailures { get; } = new();

    public int GetUpdatesCalls => Methods.Count(m => m == "getUpdates");

    public static async Task<FakeTelegramServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeTelegramServer? server = null;
        app.MapPost("/{bot}/{method}", (string bot, string method, HttpContext context) => server!.HandleAsync(bot, method, context));
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(address.Host)));
        server = new FakeTelegramServer(app, $"http://127.0.0.1:{address.Port}");
        return server;
    }

    public long EnqueueText(long chatId, string text) =>
        Enqueue(id => new JsonObject { ["update_id"] = id, ["message"] = Message(chatId, text) });

    public string EnqueueCallback(long chatId, string data)
    {
        var callbackId = "cb" + Guid.NewGuid().ToString("N");
        Enqueue(id => new JsonObject
        {
            ["update_id"] = id,
            ["callback_query"] = new JsonObject
            {
                ["id"] = callbackId,
                ["from"] = User(chatId),
                ["message"] = Message(chatId, "(keyboard)"),
                ["chat_instance"] = "42",
                ["data"] = data,
            },
        });
        return callbackId;
    }

    public IReadOnlyList<SentMessage> To(long chatId) => [.. Sent.Where(m => m.ChatId == chatId)];

    /// <summary>Polls (with a deadline) until a message to <paramref name="chatId"/> matches.</summary>
    public async Task<SentMessage> WaitForMessageAsync(long chatId, Func<SentMessage, bool> match)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (Sent.FirstOrDefault(m => m.ChatId == chatId && match(m)) is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no matching message to {chatId}; sent: {string.Join(" | ", Sent.Select(m => m.ChatId + ": " + m.Text))}");
    }

    /// <summary>Polls (with a deadline) until chat <paramref name="chatId"/> got more than <paramref name="count"/> messages; returns message number <paramref name="count"/>.</summary>
    public Task<SentMessage> WaitForMessageNumberAsync(long chatId, int count) =>
        WaitForMessageAsync(chatId, m => To(chatId).Count > count && ReferenceEquals(To(chatId)[count], m));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static JsonObject User(long id) => new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Tester" };

    private JsonObject Message(long chatId, string text) => new()
    {
        ["message_id"] = Interlocked.Increment(ref _nextMessageId),
        ["from"] = User(chatId),
        ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
        ["date"] = 1_700_000_000,
        ["text"] = text,
    };

    private long Enqueue(Func<long, JsonObject> create)
    {
        lock (_lock)
        {
            var id = ++_nextUpdateId;
            _updates.Add(create(id));
            _arrived.TrySetResult();
            return id;
        }
    }

    private async Task HandleAsync(string bot, string method, HttpContext context)
    {
        Methods.Enqueue(method);
        if (bot != "bot" + Token)
        {
            await Answer(context, new JsonObject { ["ok"] = false, ["error_code"] = 401, ["description"] = "Unauthorized" }, 401);
            return;
        }

        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        switch (method)
        {
            case "getUpdates" when GetUpdatesFailures.TryDequeue(out var failure):
                context.Response.StatusCode = failure.Status;
                await context.Response.WriteAsync(failure.Body);
                break;
            case "getUpdates":
                await Answer(context, new JsonObject { ["ok"] = true, ["result"] = await UpdatesAsync(body, context.RequestAborted) });
                break;
            case "sendMessage":
                var chatId = body["chat_id"]!.GetValue<long>();
                Sent.Enqueue(new SentMessage(chatId, body["text"]!.GetValue<string>(), body["reply_markup"]?.DeepClone()));
                await Answer(context, new JsonObject { ["ok"] = true, ["result"] = Message(chatId, body["text"]!.GetValue<string>()) });
                break;
            case "answerCallbackQuery":
                AnsweredCallbacks.Enqueue(body["callback_query_id"]!.GetValue<string>());
                await Answer(context, new JsonObject { ["ok"] = true, ["result"] = true });
                break;
            default:
                await Answer(context, new JsonObject { ["ok"] = false, ["error_code"] = 404, ["description"] = "Not Found: method not found" }, 404);
                break;
        }
    }

    private async Task<JsonArray> UpdatesAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var offset = body["offset"]?.GetValue<long>() ?? 0;
        var timeout = Math.Min(body["timeout"]?.GetValue<int>() ?? 0, 5);
        Task arrived;
        lock (_lock)
        {
            _updates.RemoveAll(u => u["update_id"]!.GetValue<long>() < offset);
            if (_updates.Count > 0)
            {
                return [.. _updates.Select(u => (JsonNode)u.DeepClone())];
            }

            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            arrived = _arrived.Task;
        }

        // Long polling: hold the request until an update arrives or the timeout ends, like Telegram.
        await Task.WhenAny(arrived, Task.Delay(TimeSpan.FromSeconds(timeout), cancellationToken));
        lock (_lock)
        {
            return [.. _updates.Where(u => u["update_id"]!.GetValue<long>() >= offset).Select(u => (JsonNode)u.DeepClone())];
        }
    }

    private static Task Answer(HttpContext context, JsonObject body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }
}
