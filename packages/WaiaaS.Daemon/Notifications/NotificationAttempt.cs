namespace WaiaaS.Daemon.Notifications;

/// <summary>One delivery attempt as logged: the channel, SENT / FAILED / RATE_LIMITED and the error (no secrets).</summary>
internal sealed record NotificationAttempt(string Channel, string Status, string? Error);
