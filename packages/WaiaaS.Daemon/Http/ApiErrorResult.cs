using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using WaiaaS.Core.Errors;

namespace WaiaaS.Daemon.Http;

/// <summary>
/// The one place the error envelope of SPEC §16 is written: <c>{code, message, hint, retryable, details, requestId}</c>
/// with the problem+json fields <c>type</c>, <c>title</c> and <c>status</c> alongside.
/// </summary>
public sealed class ApiErrorResult(ErrorCode error, string? message = null, JsonObject? details = null) : IResult, IStatusCodeHttpResult
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false };

    /// <summary>The table entry.</summary>
    public ErrorCode Error { get; } = error;

    /// <summary>The HTTP status.</summary>
    public int? StatusCode => Error.HttpStatus;

    /// <summary>A message more specific than the table's default, if any.</summary>
    public string Message { get; } = message ?? error.Message;

    /// <summary>Writes the envelope.</summary>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return WriteAsync(httpContext, Error, Message, details);
    }

    /// <summary>Writes an error envelope directly (middleware that runs outside endpoints).</summary>
    public static async Task WriteAsync(HttpContext context, ErrorCode error, string? message = null, JsonObject? details = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        var response = context.Response;
        response.StatusCode = error.HttpStatus;
        response.ContentType = "application/problem+json";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "https://waiaas.dev/errors/" + error.Code);
            writer.WriteString("title", error.Message);
            writer.WriteNumber("status", error.HttpStatus);
            writer.WriteString("code", error.Code);
            writer.WriteString("message", message ?? error.Message);
            if (error.Hint is not null)
            {
                writer.WriteString("hint", error.Hint);
            }

            writer.WriteBoolean("retryable", error.Retryable);
            if (details is not null)
            {
                writer.WritePropertyName("details");
                details.WriteTo(writer);
            }

            writer.WriteString("requestId", context.TraceIdentifier);
            writer.WriteEndObject();
        }

        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted).ConfigureAwait(false);
    }
}
