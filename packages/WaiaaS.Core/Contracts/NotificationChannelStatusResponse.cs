namespace WaiaaS.Core.Contracts;

/// <summary>One channel in <c>GET /v1/admin/notifications/status</c> (no URL, token or topic).</summary>
/// <param name="Name"><c>telegram</c>, <c>discord</c>, <c>slack</c> or <c>ntfy</c>.</param>
/// <param name="Configured">Whether its settings are filled in.</param>
/// <param name="Position">Its place in <c>channel_order</c> (1 = tried first), or null when it is not listed there (not used).</param>
public sealed record NotificationChannelStatusResponse(string Name, bool Configured, int? Position);
