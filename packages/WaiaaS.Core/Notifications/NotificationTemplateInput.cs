namespace WaiaaS.Core.Notifications;

/// <summary>What a template renders: the event, the caller's title and text (English, amounts in human units) and the ids.</summary>
/// <param name="EventType">One of <see cref="NotificationEventTypes"/>.</param>
/// <param name="Title">The caller's headline.</param>
/// <param name="Body">The caller's text.</param>
public sealed record NotificationTemplateInput(string EventType, string Title, string Body)
{
    /// <summary>The transaction the notification is about, if any.</summary>
    public string? TransactionId { get; init; }

    /// <summary>The session the notification is about, if any.</summary>
    public string? SessionId { get; init; }

    /// <summary>The wallet the notification is about, if any.</summary>
    public string? WalletId { get; init; }

    /// <summary>Structured facts (<see cref="NotificationFacts"/> keys).</summary>
    public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>();

    /// <summary>The fact under <paramref name="key"/>, or null.</summary>
    public string? Fact(string key) => Facts.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
}
