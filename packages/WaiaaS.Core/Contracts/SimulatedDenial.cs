using System.Text.Json.Nodes;

namespace WaiaaS.Core.Contracts;

/// <summary>The denial a send would get.</summary>
/// <param name="Code">Error code.</param>
/// <param name="Message">Reason.</param>
/// <param name="Details">Policy facts (policyId, limit, used, remaining, retryAfter, hint).</param>
public sealed record SimulatedDenial(string Code, string? Message, JsonObject? Details);
