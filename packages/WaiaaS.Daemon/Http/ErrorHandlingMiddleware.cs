using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using WaiaaS.Core.Errors;

namespace WaiaaS.Daemon.Http;

/// <summary>
/// Turns exceptions into the error envelope: malformed requests → 400 <c>INVALID_REQUEST</c> (413 for an oversized
/// body), anything else → 500 <c>INTERNAL_ERROR</c> with no internals in the response (the log has the request id).
/// Also gives bare 404/405 answers from routing the envelope.
/// </summary>
internal sealed partial class ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var error = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.PayloadTooLarge : ErrorCodes.InvalidRequest;
            await ApiErrorResult.WriteAsync(context, error, error == ErrorCodes.InvalidRequest ? "The request could not be read: " + Describe(e) : null).ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // The boundary of the HTTP API: every failure becomes an envelope, never a stack trace.
        catch (Exception e) when (!context.Response.HasStarted)
#pragma warning restore CA1031
        {
            LogUnhandled(logger, e, context.TraceIdentifier, context.Request.Method, context.Request.Path);
            await ApiErrorResult.WriteAsync(context, ErrorCodes.InternalError).ConfigureAwait(false);
            return;
        }

        if (!context.Response.HasStarted && context.Response.ContentLength is null && string.IsNullOrEmpty(context.Response.ContentType))
        {
            var status = context.Response.StatusCode;
            if (status == StatusCodes.Status404NotFound)
            {
                await ApiErrorResult.WriteAsync(context, ErrorCodes.NotFound).ConfigureAwait(false);
            }
            else if (status == StatusCodes.Status405MethodNotAllowed)
            {
                await ApiErrorResult.WriteAsync(context, ErrorCodes.MethodNotAllowed).ConfigureAwait(false);
            }
        }
    }

    // Binding errors name the parameter or say the JSON is invalid; they never echo the body.
    private static string Describe(BadHttpRequestException e) =>
        e.InnerException is System.Text.Json.JsonException ? "the body is not valid JSON of the expected shape." : e.Message;

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for request {RequestId} {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string requestId, string method, string path);
}
