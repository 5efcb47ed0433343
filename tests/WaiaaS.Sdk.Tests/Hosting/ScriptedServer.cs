using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Sdk.Tests.Hosting;

/// <summary>A Kestrel server on 127.0.0.1 that answers each request with the next scripted answer and records what it received.</summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedAnswer> _answers = new();
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();

    private ScriptedServer(WebApplication app)
    {
        _app = app;
        Http = LoopbackHttp.Create();
    }

    public HttpClient Http { get; }

    public IReadOnlyList<ReceivedRequest> Received => [.. _received];

    public static async Task<ScriptedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new ScriptedServer(app);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        server.Http.BaseAddress = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        Assert.True(server.Http.BaseAddress.IsLoopback);
        return server;
    }

    public ScriptedServer Answer(int status, string body, string contentType = "application/json", params (string Name, string Value)[] headers)
    {
        _answers.Enqueue(new ScriptedAnswer(status, body, contentType, headers));
        return this;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        _received.Enqueue(new ReceivedRequest(
            context.Request.Method,
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body));
        if (!_answers.TryDequeue(out var answer))
        {
            answer = new ScriptedAnswer(599, "{}", "application/json", []);
        }

        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.ContentType;
        foreach (var (name, value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(answer.Body);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }

    private sealed record ScriptedAnswer(int Status, string Body, string ContentType, (string Name, string Value)[] Headers);
}
