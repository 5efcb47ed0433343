namespace WaiaaS.Daemon.Notifications.Channels;

/// <summary>The outcome of one send: delivered, or the reason (no URL, token or topic in it).</summary>
internal sealed record ChannelSendResult(bool Delivered, string? Error)
{
    public static ChannelSendResult Ok { get; } = new(true, null);

    public static ChannelSendResult Fail(string error) => new(false, error);
}
