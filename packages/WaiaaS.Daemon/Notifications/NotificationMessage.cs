using WaiaaS.Core.Notifications;

namespace WaiaaS.Daemon.Notifications;

/// <summary>
/// One owner notification (SPEC §12): the event, how urgent it is, what it is about and the rendered text. The text
/// never carries a secret (no tokens, keys or passwords).
/// </summary>
/// <param name="EventType">One of <see cref="NotificationEventTypes"/>.</param>
/// <param name="Severity">How urgent it is.</param>
/// <param name="Title">A short headline.</param>
/// <param name="Body">The text, with amounts in human units and the owner's next action.</param>
public sealed record NotificationMessage(string EventType, NotificationSeverity Severity, string Title, string Body)
{
    /// <summary>The wallet the notification is about, if any.</summary>
    public string? WalletId { get; init; }

    /// <summary>The session the notification is about, if any.</summary>
    public string? SessionId { get; init; }

    /// <summary>The transaction the notification is about, if any.</summary>
    public string? TransactionId { get; init; }

    /// <summary>Structured facts for channels that render them (key → display value).</summary>
    public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>();
}
