using System.Text.Json.Nodes;

namespace WaiaaS.Core.Errors;

/// <summary>An expected failure: a code from <see cref="ErrorCodes"/>, a specific message, and optional details.</summary>
public sealed record Failure(ErrorCode Error, string? Message = null, JsonObject? Details = null);
