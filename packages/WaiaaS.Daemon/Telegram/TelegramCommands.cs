using System.Globalization;
using System.Numerics;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core;
using WaiaaS.Core.Amounts;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Prices;
using WaiaaS.Core.Transactions;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.KillSwitch;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Transactions;

namespace WaiaaS.Daemon.Telegram;

/// <summary>
/// The bot's commands for an allowed chat. Read-only commands and the operator-level actions (cancel, kill switch
/// SUSPENDED, new session) run as <c>telegram:&lt;chatId&gt;</c>; owner approve/reject need the owner's signature
/// (<see cref="TelegramOwnerAnswers"/>).
/// </summary>
internal sealed class TelegramCommands(
    IDbContextFactory<WaiaasDbContext> factory,
    AdminStatusReader status,
    TransactionQueries queries,
    TransactionActions actions,
    TelegramOwnerAnswers owners,
    TelegramSessions sessions,
    NotificationSettings notifications)
{
    public async Task<TelegramReply> RunAsync(long chatId, string text, CancellationToken cancellationToken)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var command = parts.Length == 0 ? "" : parts[0].Split('@')[0].ToLowerInvariant();
        var argument = parts.Length > 1 ? parts[1] : null;
        var extra = parts.Length > 2 ? parts[2] : null;
        return command switch
        {
            "/start" => new TelegramReply(TelegramTexts.Welcome(notifications.Locale)),
            "/help" => new TelegramReply(TelegramTexts.Help),
            "/status" => await StatusAsync(cancellationToken).ConfigureAwait(false),
            "/wallets" => await WalletsAsync(cancellationToken).ConfigureAwait(false),
            "/pending" => await PendingAsync(cancellationToken).ConfigureAwait(false),
            "/approve" => await owners.AnswerAsync(chatId, OwnerAction.Approve, argument, extra, cancellationToken).ConfigureAwait(false),
            "/reject" => await owners.AnswerAsync(chatId, OwnerAction.Reject, argument, extra, cancellationToken).ConfigureAwait(false),
            "/cancel" => await CancelAsync(chatId, argument, cancellationToken).ConfigureAwait(false),
            "/killswitch" => new TelegramReply("Activate the kill switch? Every wallet stops signing until the operator recovers.",
                [[new TelegramButton("Activate the kill switch", "ks:yes"), new TelegramButton("Keep running", "ks:no")]]),
            "/newsession" => await sessions.ChooseWalletAsync(cancellationToken).ConfigureAwait(false),
            _ => new TelegramReply(TelegramTexts.Unknown),
        };
    }

    public async Task<TelegramReply> CancelAsync(long chatId, string? txId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(txId))
        {
            return new TelegramReply("Usage: /cancel <txId>");
        }

        var caller = new TransactionCaller(TelegramChatRegistry.Actor(chatId), null, null, null, null);
        var result = await actions.CancelAsync(txId, caller, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? new TelegramReply($"Transaction {txId} is CANCELLED.")
            : new TelegramReply($"Not cancelled: {Describe(result.Failure!)}");
    }

    public static string Describe(Core.Errors.Failure failure) => failure.Message ?? failure.Error.Message;

    private async Task<TelegramReply> StatusAsync(CancellationToken cancellationToken)
    {
        var s = await status.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new TelegramReply(string.Create(CultureInfo.InvariantCulture,
            $"WaiaaS {s.Version}\nKill switch: {s.KillSwitch}\nWallets: {s.Wallets} ({s.ActiveWallets} active)\nActive sessions: {s.ActiveSessions}\nPending transactions: {s.PendingTransactions}"));
    }

    private async Task<TelegramReply> WalletsAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var wallets = await db.Wallets.AsNoTracking().Where(w => w.Status != WalletStatus.Terminated).OrderBy(w => w.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        return wallets.Count == 0
            ? new TelegramReply("No wallets.")
            : new TelegramReply(string.Join('\n', wallets.Select(w => $"{w.Name} ({w.Chain.ToWireName()} {w.Environment.ToWireName()}) {w.Status.ToWireName()} {w.Address}")));
    }

    private async Task<TelegramReply> PendingAsync(CancellationToken cancellationToken)
    {
        var operatorView = new TransactionCaller("telegram", null, null, null, null);
        var rows = (await queries.PendingAsync(operatorView, null, cancellationToken).ConfigureAwait(false))
            .Where(t => t.Status == TransactionStatus.Queued.ToWireName()).ToList();
        if (rows.Count == 0)
        {
            return new TelegramReply("No QUEUED transactions.");
        }

        var lines = new List<string>();
        var keyboard = new List<IReadOnlyList<TelegramButton>>();
        foreach (var t in rows)
        {
            lines.Add($"{t.Id}: {t.Tier} {HumanAmount(t)} to {t.To ?? "-"}");
            var row = new List<TelegramButton>();
            if (t.Tier == PolicyTier.Approval.ToWireName())
            {
                row.Add(new TelegramButton("Approve", "a:" + t.Id));
                row.Add(new TelegramButton("Reject", "r:" + t.Id));
            }

            row.Add(new TelegramButton("Cancel", "c:" + t.Id));
            keyboard.Add(row);
        }

        return new TelegramReply(string.Join('\n', lines), keyboard);
    }

    private static string HumanAmount(TransactionResponse t)
    {
        if (t.Amount is null || !BigInteger.TryParse(t.Amount, NumberStyles.None, CultureInfo.InvariantCulture, out var units))
        {
            return "(no amount)";
        }

        if (t.Token is null && KnownNetworks.Find(t.Network) is { } network && PriceAsset.NativeSymbolOf(t.Network) is { } symbol)
        {
            return $"{DecimalAmount.Format(units, network.Chain == ChainType.Solana ? 9 : 18)} {symbol}";
        }

        return $"{t.Amount} base units{(t.Token is null ? "" : " of " + t.Token)}";
    }
}
