namespace WaiaaS.Mcp.Tools;

/// <summary>The JSON text of a call made without a usable session: a normal result (not <c>isError</c>, pitfall H-04).</summary>
/// <param name="SessionExpired">Always true.</param>
/// <param name="State"><c>EXPIRED</c> or <c>ERROR</c> (the token file could not be used).</param>
/// <param name="Message">The guidance: what happened and what the owner should run.</param>
/// <param name="Action">The command that issues a new token.</param>
internal sealed record SessionExpiredResult(bool SessionExpired, string State, string Message, string Action);
