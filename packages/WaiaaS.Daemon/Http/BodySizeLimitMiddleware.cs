using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using WaiaaS.Core.Errors;

namespace WaiaaS.Daemon.Http;

/// <summary>Caps request bodies (a declared length over the cap is refused before reading; chunked bodies are cut off by the server limit).</summary>
internal sealed class BodySizeLimitMiddleware(RequestDelegate next)
{
    /// <summary>1 MiB: far above any legitimate request (the largest are raw transactions).</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return ApiErrorResult.WriteAsync(context, ErrorCodes.PayloadTooLarge);
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = MaxBodyBytes;
        }

        return next(context);
    }
}
