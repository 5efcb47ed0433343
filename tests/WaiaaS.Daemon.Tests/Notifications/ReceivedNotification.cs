namespace WaiaaS.Daemon.Tests.Notifications;

/// <summary>What a fake service received: the channel, the title (empty where the service has none) and the text.</summary>
public sealed record ReceivedNotification(string Channel, string Title, string Text, IReadOnlyDictionary<string, string> Headers);
