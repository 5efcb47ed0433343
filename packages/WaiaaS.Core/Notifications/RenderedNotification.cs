namespace WaiaaS.Core.Notifications;

/// <summary>A notification ready for a channel.</summary>
/// <param name="Title">The headline (ntfy's Title header, Discord's embed title, Telegram's bold first line).</param>
/// <param name="Text">The text: what happened, in human units, and the owner's next action.</param>
public sealed record RenderedNotification(string Title, string Text)
{
    /// <summary>Title and text as one plain-text message.</summary>
    public string PlainText => Title + "\n" + Text;
}
