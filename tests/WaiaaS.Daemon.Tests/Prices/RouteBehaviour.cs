using Microsoft.AspNetCore.Http;

namespace WaiaaS.Daemon.Tests.Prices;

/// <summary>What one route of <see cref="PriceServer"/> does instead of answering normally.</summary>
public sealed class RouteBehaviour
{
    private TaskCompletionSource _gate = CompletedGate();

    /// <summary>A status code other than 200 to answer with (body "error").</summary>
    public int? Status { get; set; }

    /// <summary>A raw body to answer with, status 200 (for malformed answers).</summary>
    public string? RawBody { get; set; }

    /// <summary>Makes requests wait until <see cref="Release"/> (or until the client gives up).</summary>
    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate.TrySetResult();

    internal async Task<bool> OverrideAsync(HttpContext context)
    {
        try
        {
            await _gate.Task.WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return true;
        }

        if (Status is { } status)
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsync("error");
            return true;
        }

        if (RawBody is { } body)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
            return true;
        }

        return false;
    }

    private static TaskCompletionSource CompletedGate()
    {
        var gate = new TaskCompletionSource();
        gate.SetResult();
        return gate;
    }
}
