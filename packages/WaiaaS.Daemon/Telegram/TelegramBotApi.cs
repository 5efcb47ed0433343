using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WaiaaS.Daemon.Telegram;

/// <summary>
/// The few Bot API methods the bot uses (https://core.telegram.org/bots/api): <c>getUpdates</c> (long polling),
/// <c>sendMessage</c> (with an inline keyboard) and <c>answerCallbackQuery</c>. Every call is a JSON POST to
/// <c>{api_base_url}/bot{token}/{method}</c>; the answer is <c>{ok, result}</c> or <c>{ok: false, error_code,
/// description, parameters: {retry_after}}</c>. The URL holds the token, so it never reaches a log or an exception.
/// </summary>
internal sealed class TelegramBotApi(HttpClient http, string baseUrl, string token)
{
    private readonly string _root = baseUrl.TrimEnd('/') + "/bot" + token + "/";

    public async Task<IReadOnlyList<TelegramUpdate>> GetUpdatesAsync(long offset, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["offset"] = offset,
            ["timeout"] = timeoutSeconds,
            ["allowed_updates"] = new JsonArray("message", "callback_query"),
        };
        var result = await CallAsync("getUpdates", body, cancellationToken).ConfigureAwait(false);
        var updates = new List<TelegramUpdate>();
        foreach (var item in result as JsonArray ?? [])
        {
            if (item?["update_id"]?.GetValue<long>() is not { } id)
            {
                continue;
            }

            if (item["callback_query"] is JsonObject callback)
            {
                var chat = callback["message"]?["chat"]?["id"]?.GetValue<long>() ?? callback["from"]?["id"]?.GetValue<long>() ?? 0;
                updates.Add(new TelegramUpdate(id, chat, null, callback["id"]?.GetValue<string>(), callback["data"]?.GetValue<string>()));
            }
            else if (item["message"] is JsonObject message && message["chat"]?["id"]?.GetValue<long>() is { } chatId)
            {
                updates.Add(new TelegramUpdate(id, chatId, message["text"]?.GetValue<string>(), null, null));
            }
            else
            {
                updates.Add(new TelegramUpdate(id, 0, null, null, null));
            }
        }

        return updates;
    }

    public Task SendMessageAsync(long chatId, string text, IReadOnlyList<IReadOnlyList<TelegramButton>>? keyboard, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["chat_id"] = chatId, ["text"] = text };
        if (keyboard is { Count: > 0 })
        {
            var rows = new JsonArray();
            foreach (var row in keyboard)
            {
                rows.Add(new JsonArray([.. row.Select(b => (JsonNode)new JsonObject { ["text"] = b.Text, ["callback_data"] = b.Data })]));
            }

            body["reply_markup"] = new JsonObject { ["inline_keyboard"] = rows };
        }

        return CallAsync("sendMessage", body, cancellationToken);
    }

    public Task AnswerCallbackQueryAsync(string callbackQueryId, string? text, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["callback_query_id"] = callbackQueryId };
        if (text is not null)
        {
            body["text"] = text;
        }

        return CallAsync("answerCallbackQuery", body, cancellationToken);
    }

    private async Task<JsonNode?> CallAsync(string method, JsonObject body, CancellationToken cancellationToken)
    {
        JsonNode? answer;
        try
        {
            using var response = await http.PostAsJsonAsync(new Uri(_root + method), body, cancellationToken).ConfigureAwait(false);
            answer = await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            // HttpRequestException can name the request URI; keep only the kind of failure.
            throw new TelegramApiException($"{method}: the Bot API could not be reached ({e.HttpRequestError}).");
        }
        catch (JsonException)
        {
            throw new TelegramApiException($"{method}: the Bot API answer is not JSON.");
        }

        if (answer?["ok"]?.GetValue<bool>() == true)
        {
            return answer["result"];
        }

        var code = answer?["error_code"]?.GetValue<int>();
        var retry = answer?["parameters"]?["retry_after"]?.GetValue<int>();
        throw new TelegramApiException($"{method}: Telegram answered {code}: {answer?["description"]?.GetValue<string>()}", code,
            retry is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
    }
}
