using System.Collections.Frozen;

namespace WaiaaS.Core.Notifications;

/// <summary>The English templates, one per event of SPEC §12.</summary>
internal static class EnglishNotificationTemplates
{
    public const string Welcome =
        "WaiaaS notifications are on. You will hear here when an agent's transaction needs your approval, waits, fails, "
        + "or when the kill switch or AutoStop acts. Approve with /approve <id> in Telegram or `waiaas tx approve <id>`; "
        + "cancel with `waiaas tx cancel <id>`.";

    public static FrozenDictionary<string, NotificationTemplate> All { get; } = new Dictionary<string, NotificationTemplate>
    {
        [NotificationEventTypes.TxRequested] = new(i => "Transaction requested" + OfWallet(i), i => $"Not expected? Stop everything: `waiaas killswitch on`. Details: `waiaas tx show {Tx(i)}`."),
        [NotificationEventTypes.TxQueued] = new(i => "Transaction delayed" + OfWallet(i), i => $"To stop it: /cancel {Tx(i)} in Telegram or `waiaas tx cancel {Tx(i)}`."),
        [NotificationEventTypes.TxApprovalRequired] = new(
            i => "Approval required" + OfWallet(i),
            i => $"Approve: /approve {Tx(i)} in Telegram or `waiaas tx approve {Tx(i)}`. Reject: /reject {Tx(i)} or `waiaas tx reject {Tx(i)}`."),
        [NotificationEventTypes.TxSubmitted] = new(i => "Transaction submitted" + OfWallet(i), i => $"Details: `waiaas tx show {Tx(i)}`."),
        [NotificationEventTypes.TxConfirmed] = new(i => "Transaction confirmed" + OfWallet(i), _ => null),
        [NotificationEventTypes.TxFailed] = new(i => "Transaction failed" + OfWallet(i), i => $"Details: `waiaas tx show {Tx(i)}`."),
        [NotificationEventTypes.TxCancelled] = new(i => "Transaction cancelled" + OfWallet(i), _ => null),
        [NotificationEventTypes.TxApprovalExpired] = new(i => "Approval expired" + OfWallet(i), _ => "Nothing was sent; the agent may ask again."),
        [NotificationEventTypes.PolicyViolation] = new(i => "Transaction denied by policy" + OfWallet(i), _ => "Review the policies: `waiaas policy list`."),
        [NotificationEventTypes.CumulativeLimitWarning] = new(i => "Spending limit nearly used" + OfWallet(i), _ => "Review the limits: `waiaas policy list`."),
        [NotificationEventTypes.SessionCreated] = new(_ => "Session created", i => $"Not you? Revoke it: `waiaas session revoke {Session(i)}`."),
        [NotificationEventTypes.SessionExpiringSoon] = new(
            _ => "Session expiring soon",
            _ => "Give the agent a new session: /newsession in Telegram, `waiaas session create --wallet <wallet>` or `waiaas mcp refresh-token`."),
        [NotificationEventTypes.SessionExpired] = new(_ => "Session expired", _ => "Give the agent a new session: /newsession in Telegram or `waiaas session create --wallet <wallet>`."),
        [NotificationEventTypes.KillSwitchActivated] = new(_ => "Kill switch activated", _ => "When it is safe: `waiaas killswitch off`."),
        [NotificationEventTypes.KillSwitchRecovered] = new(_ => "Kill switch released", _ => "Create new sessions for your agents: `waiaas session create --wallet <wallet>`."),
        [NotificationEventTypes.AutoStopTriggered] = new(i => "AutoStop suspended a wallet" + OfWallet(i), _ => "Find the cause, then resume the wallet (POST /v1/wallets/<id>/resume)."),
        [NotificationEventTypes.UpdateAvailable] = new(i => "WaiaaS update available" + (i.Fact(NotificationFacts.Version) is { } v ? $": {v}" : string.Empty), _ => "Update: `dotnet tool update -g WaiaaS.Cli`."),
        [NotificationEventTypes.ApprovalDowngraded] = new(
            i => "Approval downgraded to delay" + OfWallet(i),
            i => $"To stop it: /cancel {Tx(i)} in Telegram or `waiaas tx cancel {Tx(i)}`. Register and verify an owner: `waiaas owner set`."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    internal static string Tx(NotificationTemplateInput input) => input.TransactionId ?? "<id>";

    internal static string Session(NotificationTemplateInput input) => input.SessionId ?? "<id>";

    private static string OfWallet(NotificationTemplateInput input) =>
        input.Fact(NotificationFacts.Wallet) is { } wallet ? $" ({wallet})" : string.Empty;
}
