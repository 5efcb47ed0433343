using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Telegram;

/// <summary>A daemon whose bot polls a <see cref="FakeTelegramServer"/>; <see cref="OwnerChat"/> is in allowed_chat_ids.</summary>
public sealed class TelegramTestBot : IAsyncDisposable
{
    public const long OwnerChat = 4242;

    private TelegramTestBot(FakeTelegramServer server, DaemonTestHost host)
    {
        Server = server;
        Host = host;
    }

    public FakeTelegramServer Server { get; }

    public DaemonTestHost Host { get; }

    public static WaiaasConfig WithBot(WaiaasConfig config, FakeTelegramServer server, string locale = "en") => config with
    {
        Telegram = new TelegramSettings { Enabled = true, BotToken = FakeTelegramServer.Token, AllowedChatIds = [OwnerChat], ApiBaseUrl = server.BaseUrl },
        Notifications = config.Notifications with { Locale = locale },
    };

    public static Task<TelegramTestBot> StartAsync(string locale = "en") => StartAsync(DaemonTestHost.TestConfig(), null, locale);

    public static async Task<TelegramTestBot> StartAsync(WaiaasConfig config, FakeTimeProvider? time, string locale = "en")
    {
        var server = await FakeTelegramServer.StartAsync();
        var host = await DaemonTestHost.StartAsync(WithBot(config, server, locale), time: time);
        return new TelegramTestBot(server, host);
    }

    /// <summary>Sends <paramref name="text"/> from <paramref name="chatId"/> and waits for the reply to it.</summary>
    public async Task<SentMessage> AskAsync(string text, long chatId = OwnerChat)
    {
        var before = Server.To(chatId).Count;
        Server.EnqueueText(chatId, text);
        return await Server.WaitForMessageNumberAsync(chatId, before);
    }

    /// <summary>Presses a button; waits until the callback is answered and for the result message.</summary>
    public async Task<SentMessage> PressAsync(string data, long chatId = OwnerChat)
    {
        var before = Server.To(chatId).Count;
        var callbackId = Server.EnqueueCallback(chatId, data);
        var result = await Server.WaitForMessageNumberAsync(chatId, before);
        Assert.Contains(callbackId, Server.AnsweredCallbacks);
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Server.DisposeAsync();
    }
}
