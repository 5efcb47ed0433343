namespace WaiaaS.Mcp.Tests.Sessions.Support;

/// <summary>One renewal request as the client saw it.</summary>
internal sealed record RenewalCall(DateTimeOffset At, string SessionId, string Token);
