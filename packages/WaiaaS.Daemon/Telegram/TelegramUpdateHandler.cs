using WaiaaS.Daemon.KillSwitch;
using WaiaaS.Daemon.Transactions;
using WaiaaS.Daemon.Wallets;

namespace WaiaaS.Daemon.Telegram;

/// <summary>
/// One update: tier-1 authorization by chat id first (an unknown chat is recorded as pending and told once; a
/// pending or denied chat gets nothing), then the command or the button press. A button press is answered at once
/// (<c>answerCallbackQuery</c>) and its result follows as a separate message.
/// </summary>
internal sealed class TelegramUpdateHandler(
    TelegramChatRegistry chats,
    TelegramCommands commands,
    TelegramOwnerAnswers owners,
    TelegramSessions sessions,
    KillSwitchService killSwitch)
{
    public async Task HandleAsync(TelegramBotApi api, TelegramUpdate update, CancellationToken cancellationToken)
    {
        if (update.CallbackQueryId is { } callbackId)
        {
            await api.AnswerCallbackQueryAsync(callbackId, null, cancellationToken).ConfigureAwait(false);
        }

        if (update.ChatId == 0 || (update.Text is null && update.CallbackData is null))
        {
            return;
        }

        var state = await chats.StateAsync(update.ChatId, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            if (await chats.AddPendingAsync(update.ChatId, cancellationToken).ConfigureAwait(false))
            {
                await api.SendMessageAsync(update.ChatId, TelegramTexts.NotAllowed.Replace("{chatId}", update.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), null, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (state is not (TelegramChatState.Approved or TelegramChatState.Configured))
        {
            return;
        }

        var reply = update.CallbackData is { } data
            ? await CallbackAsync(update.ChatId, data, cancellationToken).ConfigureAwait(false)
            : await commands.RunAsync(update.ChatId, update.Text!, cancellationToken).ConfigureAwait(false);
        await api.SendMessageAsync(update.ChatId, reply.Text, reply.Keyboard, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TelegramReply> CallbackAsync(long chatId, string data, CancellationToken cancellationToken)
    {
        var colon = data.IndexOf(':', StringComparison.Ordinal);
        var (kind, value) = colon < 0 ? (data, "") : (data[..colon], data[(colon + 1)..]);
        switch (kind)
        {
            case "a":
                return await owners.AnswerAsync(chatId, OwnerAction.Approve, value, null, cancellationToken).ConfigureAwait(false);
            case "r":
                return await owners.AnswerAsync(chatId, OwnerAction.Reject, value, null, cancellationToken).ConfigureAwait(false);
            case "c":
                return await commands.CancelAsync(chatId, value, cancellationToken).ConfigureAwait(false);
            case "ns":
                return await sessions.CreateAsync(chatId, value, cancellationToken).ConfigureAwait(false);
            case "ks" when value == "no":
                return new TelegramReply("The kill switch was not activated.");
            case "ks" when value == "yes":
                var origin = new RequestOrigin(TelegramChatRegistry.Actor(chatId), null, null);
                var result = await killSwitch.ActivateByOperatorAsync($"activated from Telegram chat {chatId}", origin, cancellationToken).ConfigureAwait(false);
                return result.Succeeded
                    ? new TelegramReply($"Kill switch: {result.Value!.State}. Every wallet stops signing until the operator recovers.")
                    : new TelegramReply($"Kill switch not activated: {TelegramCommands.Describe(result.Failure!)}");
            default:
                return new TelegramReply("Unknown button.");
        }
    }
}
