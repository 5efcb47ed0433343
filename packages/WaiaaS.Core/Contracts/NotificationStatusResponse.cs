namespace WaiaaS.Core.Contracts;

/// <summary><c>GET /v1/admin/notifications/status</c>: how notifications are set up (no secrets).</summary>
/// <param name="Enabled"><c>[notifications] enabled</c>.</param>
/// <param name="Delivering">Whether the daemon delivers through channels (enabled and a listed channel configured); otherwise it only records.</param>
/// <param name="ChannelOrder"><c>channel_order</c>: priority and fallback order.</param>
/// <param name="Channels">Every channel the daemon knows, configured or not.</param>
/// <param name="RateLimitRpm">Messages per minute per channel (0 = no limit).</param>
/// <param name="Locale">The language of the messages.</param>
public sealed record NotificationStatusResponse(
    bool Enabled,
    bool Delivering,
    IReadOnlyList<string> ChannelOrder,
    IReadOnlyList<NotificationChannelStatusResponse> Channels,
    int RateLimitRpm,
    string Locale);
