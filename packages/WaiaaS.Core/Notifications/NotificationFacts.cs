namespace WaiaaS.Core.Notifications;

/// <summary>The keys of <c>NotificationMessage.Facts</c> the templates read (values are display text, never secrets).</summary>
public static class NotificationFacts
{
    /// <summary>The amount in human units with its symbol, e.g. <c>0.5 SOL</c>.</summary>
    public const string Amount = "amount";

    /// <summary>The recipient address.</summary>
    public const string To = "to";

    /// <summary>The network, e.g. <c>solana-devnet</c>.</summary>
    public const string Network = "network";

    /// <summary>The transaction type, e.g. <c>TRANSFER</c>.</summary>
    public const string Type = "type";

    /// <summary>The wallet's name.</summary>
    public const string Wallet = "wallet";

    /// <summary>The AutoStop rule that fired.</summary>
    public const string Rule = "rule";

    /// <summary>The newer version (UPDATE_AVAILABLE).</summary>
    public const string Version = "version";
}
