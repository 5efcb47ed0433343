namespace WaiaaS.Mcp.Resources;

/// <summary>The MCP server's session as <c>waiaas://system/status</c> shows it (never the token).</summary>
/// <param name="State"><c>ACTIVE</c>, <c>EXPIRED</c> or <c>ERROR</c>.</param>
/// <param name="SessionId">The session id (the token's <c>sub</c>).</param>
/// <param name="ExpiresAt">When the current token expires (Unix seconds).</param>
/// <param name="RenewalCount">Renewals done, when known.</param>
/// <param name="RenewalsRemaining">Renewals left, when known and limited.</param>
/// <param name="TokenFile">Where the token is kept.</param>
/// <param name="Guidance">What the owner should do when the session is not active.</param>
internal sealed record SessionStatusResult(string State, string? SessionId, long? ExpiresAt, int? RenewalCount, int? RenewalsRemaining, string TokenFile, string? Guidance);
