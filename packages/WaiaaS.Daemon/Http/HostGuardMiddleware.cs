using Microsoft.AspNetCore.Http;
using WaiaaS.Core.Errors;

namespace WaiaaS.Daemon.Http;

/// <summary>
/// Refuses any request whose Host header is not a loopback name (localhost, 127.0.0.1, [::1], with any port):
/// a web page on another origin cannot reach the wallet API through DNS rebinding.
/// </summary>
internal sealed class HostGuardMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        return IsLoopbackName(context.Request.Host.Host)
            ? next(context)
            : ApiErrorResult.WriteAsync(context, ErrorCodes.HostNotAllowed);
    }

    internal static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host == "127.0.0.1"
        || host == "[::1]"
        || host == "::1";
}
