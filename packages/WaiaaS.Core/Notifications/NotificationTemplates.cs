using System.Collections.Frozen;

namespace WaiaaS.Core.Notifications;

/// <summary>
/// Renders an owner notification in the configured language: a headline per event, the caller's text (which carries
/// the amounts in human units) and the owner's next action with the exact command (Telegram and CLI). Pure.
/// </summary>
public static class NotificationTemplates
{
    /// <summary>The languages there are templates for.</summary>
    public static IReadOnlyList<string> Locales { get; } = ["en", "ko"];

    /// <summary>Whether <paramref name="eventType"/> has a template in every language.</summary>
    public static bool Covers(string eventType) =>
        EnglishNotificationTemplates.All.ContainsKey(eventType) && KoreanNotificationTemplates.All.ContainsKey(eventType);

    /// <summary>The welcome text (sent by the test message) in <paramref name="locale"/> (English when unknown).</summary>
    public static string Welcome(string locale) =>
        IsKorean(locale) ? KoreanNotificationTemplates.Welcome : EnglishNotificationTemplates.Welcome;

    /// <summary>Renders <paramref name="input"/> in <paramref name="locale"/>. An event without a template keeps the caller's text.</summary>
    public static RenderedNotification Render(NotificationTemplateInput input, string locale)
    {
        ArgumentNullException.ThrowIfNull(input);
        var korean = IsKorean(locale);
        FrozenDictionary<string, NotificationTemplate> templates = korean ? KoreanNotificationTemplates.All : EnglishNotificationTemplates.All;
        if (!templates.TryGetValue(input.EventType, out var template))
        {
            return new RenderedNotification(input.Title, input.Body);
        }

        var lines = new List<string>();
        if (korean && KoreanNotificationTemplates.Summary(input) is { } summary)
        {
            lines.Add(summary);
        }

        if (input.Body.Length > 0)
        {
            lines.Add(input.Body);
        }

        if (template.Action(input) is { } action)
        {
            lines.Add((korean ? "다음 단계: " : "Next: ") + action);
        }

        return new RenderedNotification(template.Title(input), string.Join('\n', lines));
    }

    private static bool IsKorean(string locale) => string.Equals(locale, "ko", StringComparison.OrdinalIgnoreCase);
}
