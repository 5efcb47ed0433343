namespace WaiaaS.Daemon.Wallets;

/// <summary>Who asked, for the audit row: the actor, the request id and the client address.</summary>
internal sealed record RequestOrigin(string Actor, string? RequestId, string? IpAddress);
