using Microsoft.AspNetCore.Http;

namespace WaiaaS.Daemon.Http;

/// <summary>Gives every request an id (a caller's well-formed <c>X-Request-Id</c>, else a new UUIDv7), echoed in the response header, errors and audit rows.</summary>
internal sealed class RequestIdMiddleware(RequestDelegate next, TimeProvider time)
{
    public const string HeaderName = "X-Request-Id";
    private const int MaxLength = 64;

    public Task InvokeAsync(HttpContext context)
    {
        var presented = context.Request.Headers[HeaderName].ToString();
        context.TraceIdentifier = IsWellFormed(presented) ? presented : Guid.CreateVersion7(time.GetUtcNow()).ToString();
        context.Response.Headers[HeaderName] = context.TraceIdentifier;
        return next(context);
    }

    private static bool IsWellFormed(string value) =>
        value.Length is > 0 and <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
