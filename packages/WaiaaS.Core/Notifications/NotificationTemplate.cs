namespace WaiaaS.Core.Notifications;

/// <summary>One event's template in one language: the headline and the owner's next action.</summary>
/// <param name="Title">The headline, from the input (e.g. naming the wallet).</param>
/// <param name="Action">The owner's next action, with the exact command; null when there is nothing to do.</param>
public sealed record NotificationTemplate(Func<NotificationTemplateInput, string> Title, Func<NotificationTemplateInput, string?> Action);
